import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { categoryById } from '../../db/repositories/product-category.repo';
import { searchProducts as searchRows } from '../../db/repositories/product-search.repo';
import { CATALOG_SEARCH_LIMIT_DEFAULT, type CatalogPorts } from './catalog-ports';
import { productView } from './catalog-views';

export type SearchProducts = (input: Input<'catalog.search'>) => Promise<Result<Output<'catalog.search'>>>;

/** catalog.search: one read transaction (see product-search.repo.ts for the order of matches). */
export function searchProducts(ports: Pick<CatalogPorts, 'db'>): SearchProducts {
  return async (input) => ports.db.tx.read(async (tx) => {
    const categoryId = input.categoryId ?? null;
    if (categoryId !== null && !(await categoryById(tx, categoryId))) return err('category_not_found', 'no category has this id');
    const rows = await searchRows(tx, {
      text: input.query.trim(), categoryId, currency: input.currency, limit: input.limit ?? CATALOG_SEARCH_LIMIT_DEFAULT,
      activeOnly: input.includeInactive !== true,
    });
    return ok({ items: rows.map((r) => productView(r, input.currency)) });
  });
}
