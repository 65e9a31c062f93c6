import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

/** Catalog categories (a product's optional grouping on the Sell screen and in reports). */
export type CategoryRow = { readonly categoryId: string; readonly name: string; readonly productCount: number };

/** Every category by name, with how many active products it holds. */
export async function listCategories(tx: ReadTx): Promise<CategoryRow[]> {
  const rows = await tx.all(
    `SELECT c.id, c.name, (SELECT count(*) FROM product p WHERE p.category_id = c.id AND p.active = 1) AS product_count
       FROM category c ORDER BY c.name COLLATE NOCASE, c.id LIMIT 1000`);
  return rows.map((r) => ({ categoryId: bytesToUuid(readBytes(r, 'id')), name: readText(r, 'name'), productCount: readInt(r, 'product_count') }));
}

export async function categoryById(tx: ReadTx, categoryId: string): Promise<CategoryRow | null> {
  const row = await tx.get(
    `SELECT c.id, c.name, (SELECT count(*) FROM product p WHERE p.category_id = c.id AND p.active = 1) AS product_count
       FROM category c WHERE c.id = ?`, [uuidToBytes(categoryId)]);
  return row ? { categoryId, name: readText(row, 'name'), productCount: readInt(row, 'product_count') } : null;
}

/** Category ids by name, ignoring ASCII case as the unique constraint does (keys are lower-cased). */
export async function categoryIdsByName(tx: ReadTx): Promise<Map<string, string>> {
  const rows = await tx.all('SELECT id, name FROM category');
  return new Map(rows.map((r) => [categoryKey(readText(r, 'name')), bytesToUuid(readBytes(r, 'id'))]));
}

/** The key NOCASE compares by: ASCII letters folded, everything else as is. */
export function categoryKey(name: string): string {
  return name.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export async function insertCategory(tx: WriteTx, categoryId: string, name: string, nowMs: number): Promise<void> {
  await tx.run('INSERT INTO category (id, name, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?)',
    [uuidToBytes(categoryId), name, int(nowMs), int(nowMs)]);
}

export async function renameCategory(tx: WriteTx, categoryId: string, name: string, nowMs: number): Promise<void> {
  await tx.run('UPDATE category SET name = ?, updated_at_ms = ? WHERE id = ?', [name, int(nowMs), uuidToBytes(categoryId)]);
}
