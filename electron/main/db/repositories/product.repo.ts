import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { inList } from '../in-list';
import { idOfHex, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx } from '../tx';

/**
 * Products as other domains read them (the Sell screen's pricing, refunds): one price in one
 * currency. SQL of the catalog lives in the product-*.repo.ts files beside this one.
 */
export type ProductUnit = 'each' | 'weight';

export type PricingProduct = {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly categoryId: string | null;
  readonly categoryName: string | null;
  readonly taxClass: string;
  readonly unit: ProductUnit;
  readonly active: boolean;
  /** Null: the product has no price in the currency asked for. */
  readonly unitPriceMinor: number | null;
};

/** A product with one price and its barcodes (what catalog.search and catalog.byBarcode show). */
export type ProductRow = PricingProduct & { readonly barcodes: readonly string[] };

/** The columns every product read selects: `p` is product, `c` category, `pp` the price in `?` currency. */
export const PRODUCT_COLUMNS = `p.pk, p.id, p.sku, p.name, p.category_id, c.name AS category_name, p.tax_class, p.unit, p.active,
  pp.unit_price_minor`;
/** Joins for PRODUCT_COLUMNS; its one parameter is the currency. */
export const PRODUCT_JOINS = `LEFT JOIN category c ON c.id = p.category_id
  LEFT JOIN product_price pp ON pp.product_id = p.id AND pp.currency = ?`;

const idOrNull = (v: unknown): string | null => (v instanceof Uint8Array ? bytesToUuid(v) : null);
const textOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function pricingProductFrom(row: Row): PricingProduct {
  const price = row['unit_price_minor'];
  return {
    productId: bytesToUuid(readBytes(row, 'id')),
    sku: readText(row, 'sku'),
    name: readText(row, 'name'),
    categoryId: idOrNull(row['category_id']),
    categoryName: textOrNull(row['category_name']),
    taxClass: readText(row, 'tax_class'),
    unit: readText(row, 'unit') === 'weight' ? 'weight' : 'each',
    active: readInt(row, 'active') === 1,
    unitPriceMinor: price === null || price === undefined ? null : readInt(row, 'unit_price_minor'),
  };
}

/** The barcodes of these products (by product id bytes), in barcode order. */
export async function barcodesOf(tx: ReadTx, ids: readonly Uint8Array[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const list = inList(ids);
  const rows = await tx.all(`SELECT product_id, barcode FROM product_barcode WHERE product_id IN (${list.placeholders}) ORDER BY barcode`, list.params);
  for (const row of rows) {
    const id = bytesToUuid(readBytes(row, 'product_id'));
    const list = out.get(id) ?? [];
    list.push(readText(row, 'barcode'));
    out.set(id, list);
  }
  return out;
}

/** Rows of PRODUCT_COLUMNS with their barcodes, in the rows' order. */
export async function withBarcodes(tx: ReadTx, rows: readonly Row[]): Promise<ProductRow[]> {
  const codes = await barcodesOf(tx, rows.map((r) => readBytes(r, 'id')));
  return rows.map((row) => {
    const product = pricingProductFrom(row);
    return { ...product, barcodes: codes.get(product.productId) ?? [] };
  });
}

// SQLite's default limit on host parameters is far above this (512 once padded by inList); chunks keep each statement small.
const IDS_PER_QUERY = 500;

/**
 * The products a cart names, each with its price in `currency` (null where it has none), keyed
 * by product id. Ids that name no product are absent from the map: the caller decides.
 */
export async function productsForPricing(tx: ReadTx, ids: readonly string[], currency: string): Promise<Map<string, PricingProduct>> {
  const out = new Map<string, PricingProduct>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += IDS_PER_QUERY) {
    const list = inList(unique.slice(i, i + IDS_PER_QUERY).map(uuidToBytes));
    const row = await tx.get(pricingSql(list.placeholders), [currency, ...list.params]);
    for (const cells of JSON.parse(readText(row ?? {}, 'rows')) as unknown[][]) {
      const product = pricingProductOfCells(cells);
      out.set(product.productId, product);
    }
  }
  return out;
}

/**
 * The pricing read as ONE JSON value, ids as hex. Every scan prices the whole cart again, and the
 * driver's cost is per row and per column (each a JS property, each blob a Buffer): for a
 * 200-line cart one JSON.parse is about a third of it (the Sell screen's repaint budget, B13).
 */
const pricingSql = (placeholders: string): string => `SELECT json_group_array(json_array(hex(p.id), p.sku, p.name,
  hex(p.category_id), c.name, p.tax_class, p.unit, p.active, pp.unit_price_minor)) AS rows
  FROM product p ${PRODUCT_JOINS} WHERE p.id IN (${placeholders})`;

function pricingProductOfCells(cells: readonly unknown[]): PricingProduct {
  const [idHex, sku, name, categoryHex, categoryName, taxClass, unit, active, price] = cells;
  const productId = idOfHex(idHex);
  const texts = [sku, name, taxClass, unit];
  if (productId === null || !texts.every((v) => typeof v === 'string') || (active !== 0 && active !== 1) ||
    (price !== null && !Number.isSafeInteger(price))) {
    throw new Error('a product row of an unexpected shape');
  }
  return {
    productId,
    sku: sku as string,
    name: name as string,
    categoryId: idOfHex(categoryHex),
    categoryName: textOrNull(categoryName),
    taxClass: taxClass as string,
    unit: unit === 'weight' ? 'weight' : 'each',
    active: active === 1,
    unitPriceMinor: price as number | null,
  };
}

/** The product a scanned barcode names (active or not), or null. */
export async function productByBarcode(tx: ReadTx, barcode: string): Promise<{ productId: string } | null> {
  const row = await tx.get('SELECT product_id FROM product_barcode WHERE barcode = ?', [barcode]);
  return row ? { productId: bytesToUuid(readBytes(row, 'product_id')) } : null;
}

/** One product with its price in `currency` and its barcodes, or null. */
export async function productRow(tx: ReadTx, productId: string, currency: string): Promise<ProductRow | null> {
  const row = await tx.get(`SELECT ${PRODUCT_COLUMNS} FROM product p ${PRODUCT_JOINS} WHERE p.id = ?`, [currency, uuidToBytes(productId)]);
  if (!row) return null;
  return (await withBarcodes(tx, [row]))[0] ?? null;
}
