import { bytesToUuid } from '../../../../shared/domain/ids';
import type { ProductRecord } from '../../core/catalog/product-diff';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx } from '../tx';

/** A product as the CSV export writes it: the record with its category's name. */
export type ExportedProduct = ProductRecord & { readonly categoryName: string | null };

/** Every currency some product has a price in, alphabetically. */
export async function priceCurrencies(tx: ReadTx): Promise<string[]> {
  const rows = await tx.all('SELECT DISTINCT currency FROM product_price ORDER BY currency');
  return rows.map((r) => readText(r, 'currency'));
}

/** One page of products by SKU (ASCII case ignored), after `afterSku` when given. */
export async function productPage(tx: ReadTx, afterSku: string | null, limit: number): Promise<ExportedProduct[]> {
  const rows = await tx.all(
    `SELECT p.id, p.sku, p.name, p.category_id, c.name AS category_name, p.tax_class, p.unit, p.active,
        (SELECT group_concat(barcode, '|') FROM (SELECT barcode FROM product_barcode WHERE product_id = p.id ORDER BY barcode)) AS barcodes,
        (SELECT group_concat(currency || ':' || unit_price_minor, '|') FROM product_price WHERE product_id = p.id) AS prices
       FROM product p LEFT JOIN category c ON c.id = p.category_id
      WHERE p.sku > ? ORDER BY p.sku LIMIT ?`,
    // Every SKU sorts after the empty string.
    [afterSku ?? '', int(limit)]);
  return rows.map((r) => {
    const categoryId = r['category_id'];
    const categoryName = r['category_name'];
    const codes = r['barcodes'];
    const prices = r['prices'];
    return {
      productId: bytesToUuid(readBytes(r, 'id')), sku: readText(r, 'sku'), name: readText(r, 'name'),
      categoryId: categoryId instanceof Uint8Array ? bytesToUuid(categoryId) : null,
      categoryName: typeof categoryName === 'string' ? categoryName : null,
      taxClass: readText(r, 'tax_class'), unit: readText(r, 'unit') === 'weight' ? 'weight' : 'each', active: readInt(r, 'active') === 1,
      barcodes: typeof codes === 'string' && codes !== '' ? codes.split('|') : [],
      prices: typeof prices === 'string' && prices !== '' ? prices.split('|').map(priceOf) : [],
    };
  });
}

function priceOf(pair: string): { currency: string; unitPriceMinor: number } {
  const [currency = '', minor = ''] = pair.split(':');
  const unitPriceMinor = Number(minor);
  if (!Number.isSafeInteger(unitPriceMinor)) throw new TypeError(`a stored price is not a safe integer: ${minor}`);
  return { currency, unitPriceMinor };
}
