import type { Output } from '../../../../shared/ipc/contract';
import type { ProductRow } from '../../db/repositories/product.repo';
import type { StoredProduct } from '../../db/repositories/product-write.repo';

type ProductView = Output<'catalog.byBarcode'>;
type ProductDetail = Output<'catalog.product'>;

/** A product as catalog.search and catalog.byBarcode show it, priced in `currency`. */
export function productView(p: ProductRow, currency: string): ProductView {
  return {
    productId: p.productId, sku: p.sku, name: p.name, categoryId: p.categoryId, categoryName: p.categoryName,
    barcodes: [...p.barcodes], taxClass: p.taxClass, unit: p.unit, active: p.active, unitPriceMinor: p.unitPriceMinor, currency,
  };
}

/** A product with every price, for the edit form. */
export function productDetail(p: StoredProduct): ProductDetail {
  return {
    productId: p.productId, sku: p.sku, name: p.name, categoryId: p.categoryId, categoryName: p.categoryName,
    barcodes: [...p.barcodes], taxClass: p.taxClass, unit: p.unit, active: p.active,
    prices: p.prices.map((x) => ({ currency: x.currency, unitPriceMinor: x.unitPriceMinor })), updatedAtMs: p.updatedAtMs,
  };
}
