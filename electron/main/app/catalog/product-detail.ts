import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { storedProduct } from '../../db/repositories/product-write.repo';
import type { CatalogPorts } from './catalog-ports';
import { productDetail as detailView } from './catalog-views';

export type ProductDetail = (input: Input<'catalog.product'>) => Promise<Result<Output<'catalog.product'>>>;

/** catalog.product: one product with every price (active or not). */
export function productDetail(ports: Pick<CatalogPorts, 'db'>): ProductDetail {
  return async (input) => ports.db.tx.read(async (tx) => {
    const product = await storedProduct(tx, input.productId);
    return product ? ok(detailView(product)) : err('product_not_found', 'no product has this id');
  });
}
