import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { productByBarcode as ownerOf, productRow } from '../../db/repositories/product.repo';
import type { CatalogPorts } from './catalog-ports';
import { productView } from './catalog-views';

export type ProductByBarcode = (input: Input<'catalog.byBarcode'>) => Promise<Result<Output<'catalog.byBarcode'>>>;

/**
 * What the Sell screen adds when a code is scanned: only a product it can sell (active, with a
 * price in the sale's currency); anything else is a coded refusal the cashier can read.
 */
export function productByBarcode(ports: Pick<CatalogPorts, 'db'>): ProductByBarcode {
  return async (input) => ports.db.tx.read(async (tx) => {
    const owner = await ownerOf(tx, input.barcode);
    const product = owner ? await productRow(tx, owner.productId, input.currency) : null;
    if (!product) return err('product_not_found', 'no product has this barcode');
    if (!product.active) return err('product_inactive', `${product.sku} is not for sale`);
    if (product.unitPriceMinor === null) return err('no_price_in_currency', `${product.sku} has no ${input.currency} price`);
    return ok(productView(product, input.currency));
  });
}
