import type { ProductDiff, ProductPrice, ProductRecord } from '../../core/catalog/product-diff';
import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import { inList } from '../in-list';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

/** A stored product with what the edit form shows besides the record. */
export type StoredProduct = ProductRecord & { readonly categoryName: string | null; readonly updatedAtMs: number };

const idOrNull = (v: unknown): string | null => (v instanceof Uint8Array ? bytesToUuid(v) : null);

async function pricesOf(tx: ReadTx, id: Uint8Array): Promise<ProductPrice[]> {
  const rows = await tx.all('SELECT currency, unit_price_minor FROM product_price WHERE product_id = ? ORDER BY currency', [id]);
  return rows.map((r) => ({ currency: readText(r, 'currency'), unitPriceMinor: readInt(r, 'unit_price_minor') }));
}

/** The whole stored product (every price and barcode), or null. */
export async function storedProduct(tx: ReadTx, productId: string): Promise<StoredProduct | null> {
  const id = uuidToBytes(productId);
  const row = await tx.get(
    `SELECT p.sku, p.name, p.category_id, c.name AS category_name, p.tax_class, p.unit, p.active, p.updated_at_ms
       FROM product p LEFT JOIN category c ON c.id = p.category_id WHERE p.id = ?`, [id]);
  if (!row) return null;
  const codes = await tx.all('SELECT barcode FROM product_barcode WHERE product_id = ? ORDER BY barcode', [id]);
  const categoryName = row['category_name'];
  return {
    productId, sku: readText(row, 'sku'), name: readText(row, 'name'), categoryId: idOrNull(row['category_id']),
    categoryName: typeof categoryName === 'string' ? categoryName : null, taxClass: readText(row, 'tax_class'),
    unit: readText(row, 'unit') === 'weight' ? 'weight' : 'each', active: readInt(row, 'active') === 1,
    barcodes: codes.map((r) => readText(r, 'barcode')), prices: await pricesOf(tx, id), updatedAtMs: readInt(row, 'updated_at_ms'),
  };
}

/** The id of the product with this SKU (ASCII case ignored), or null. */
export async function productIdBySku(tx: ReadTx, sku: string): Promise<string | null> {
  const row = await tx.get('SELECT id FROM product WHERE sku = ?', [sku]);
  return row ? bytesToUuid(readBytes(row, 'id')) : null;
}

/** Which product holds each of these barcodes (absent: none). */
export async function barcodeOwners(tx: ReadTx, barcodes: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (barcodes.length === 0) return out;
  const list = inList(barcodes);
  const rows = await tx.all(`SELECT barcode, product_id FROM product_barcode WHERE barcode IN (${list.placeholders})`, list.params);
  for (const row of rows) out.set(readText(row, 'barcode'), bytesToUuid(readBytes(row, 'product_id')));
  return out;
}

/**
 * Writes what `diff` says changed from the stored product to `next`. The caller checked SKU and
 * barcode ownership and the category first; the schema's unique constraints are the backstop.
 */
export async function saveProduct(tx: WriteTx, next: ProductRecord, diff: ProductDiff, nowMs: number): Promise<void> {
  if (!diff.changed) return;
  const id = uuidToBytes(next.productId);
  const category = next.categoryId === null ? null : uuidToBytes(next.categoryId);
  if (diff.created) {
    await tx.run(
      `INSERT INTO product (id, sku, name, category_id, tax_class, unit, active, created_at_ms, updated_at_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, next.sku, next.name, category, next.taxClass, next.unit, next.active ? 1 : 0, int(nowMs), int(nowMs)]);
  } else {
    await tx.run(
      `UPDATE product SET sku = ?, name = ?, category_id = ?, tax_class = ?, unit = ?, active = ?, updated_at_ms = ? WHERE id = ?`,
      [next.sku, next.name, category, next.taxClass, next.unit, next.active ? 1 : 0, int(nowMs), id]);
  }
  for (const code of diff.barcodesRemoved) await tx.run('DELETE FROM product_barcode WHERE barcode = ?', [code]);
  for (const code of diff.barcodesAdded) await tx.run('INSERT INTO product_barcode (barcode, product_id) VALUES (?, ?)', [code, id]);
  for (const currency of diff.pricesRemoved) {
    await tx.run('DELETE FROM product_price WHERE product_id = ? AND currency = ?', [id, currency]);
  }
  for (const p of diff.pricesSet) {
    // Amounts ≥ 2^31 would be bound as REAL by the driver: CAST keeps them integers for the CHECK.
    await tx.run(
      `INSERT INTO product_price (product_id, currency, unit_price_minor, updated_at_ms) VALUES (?, ?, CAST(? AS INTEGER), ?)
       ON CONFLICT (product_id, currency) DO UPDATE SET unit_price_minor = excluded.unit_price_minor, updated_at_ms = excluded.updated_at_ms`,
      [id, p.currency, int(p.unitPriceMinor), int(nowMs)]);
  }
}

const PER_QUERY = 500;

/** Product ids by SKU for many SKUs at once; keys are the SKUs as stored, ASCII-lower-cased. */
export async function productIdsBySku(tx: ReadTx, skus: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < skus.length; i += PER_QUERY) {
    const list = inList(skus.slice(i, i + PER_QUERY));
    const rows = await tx.all(`SELECT id, sku FROM product WHERE sku IN (${list.placeholders})`, list.params);
    for (const row of rows) out.set(skuKey(readText(row, 'sku')), bytesToUuid(readBytes(row, 'id')));
  }
  return out;
}

/** Which product holds each barcode, for many barcodes at once (absent: none). */
export async function barcodeOwnersMany(tx: ReadTx, barcodes: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < barcodes.length; i += PER_QUERY) {
    for (const [code, owner] of await barcodeOwners(tx, barcodes.slice(i, i + PER_QUERY))) out.set(code, owner);
  }
  return out;
}

/** The key the SKU's NOCASE uniqueness compares by: ASCII letters folded. */
export function skuKey(sku: string): string {
  return sku.toLowerCase();
}
