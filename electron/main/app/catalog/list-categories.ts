import { ok, type Result } from '../../../../shared/domain/result';
import type { Output } from '../../../../shared/ipc/contract';
import { listCategories as readCategories } from '../../db/repositories/product-category.repo';
import type { CatalogPorts } from './catalog-ports';

export type ListCategories = () => Promise<Result<Output<'catalog.categories'>>>;

/** catalog.categories: every category by name with its active product count. */
export function listCategories(ports: Pick<CatalogPorts, 'db'>): ListCategories {
  return async () => ports.db.tx.read(async (tx) => ok(await readCategories(tx)));
}
