import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/main/db/connection';
import { driverErrorCode } from '../../../electron/main/db/driver';
import { newId, uuidToBytes } from '../../../shared/domain/ids';
import { openTestDb } from '../../support/test-db';
import { addCategory, product, saveProducts } from './catalog-fixtures';

/**
 * Migration 100 (catalog): unique SKUs (ASCII case ignored) and barcodes, guarded price amounts,
 * and the FTS5 trigram index kept current by triggers on products and barcodes.
 */
let db: Database;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(async () => db.close());

const attempt = (sql: string, args: unknown[]) =>
  db.tx.write((tx) => tx.run(sql, args as never)).then(() => 'ok', (e: unknown) => driverErrorCode(e) ?? String(e));
const ftsRows = (match: string) =>
  db.tx.read((tx) => tx.all('SELECT rowid FROM product_fts WHERE product_fts MATCH ?', [match])).then((r) => r.length);
const plan = (sql: string, args: unknown[]) =>
  db.tx.read((tx) => tx.all(`EXPLAIN QUERY PLAN ${sql}`, args as never)).then((r) => r.map((x) => String(x['detail'])).join('\n'));

describe('migration 0100', () => {
  it('refuses a second SKU differing only in ASCII case, and a barcode on two products', async () => {
    const a = product({ sku: 'TEA-1', barcodes: ['6901234567892'] });
    await saveProducts(db, [a]);
    const insert = `INSERT INTO product (id, sku, name, tax_class, unit, active, created_at_ms, updated_at_ms)
      VALUES (?, ?, 'x', 'standard', 'each', 1, 1, 1)`;
    expect(await attempt(insert, [uuidToBytes(newId()), 'tea-1'])).toBe('SQLITE_CONSTRAINT');
    const b = product({ sku: 'TEA-2' });
    await saveProducts(db, [b]);
    expect(await attempt('INSERT INTO product_barcode (barcode, product_id) VALUES (?, ?)', ['6901234567892', uuidToBytes(b.productId)]))
      .toBe('SQLITE_CONSTRAINT');
    expect(await attempt(insert, [uuidToBytes(newId()), 'X'.repeat(41)])).toBe('SQLITE_CONSTRAINT');
    expect(await attempt(insert.replace("'each'", "'box'"), [uuidToBytes(newId()), 'TEA-3'])).toBe('SQLITE_CONSTRAINT');
  });

  const BAD_PRICES: [string, unknown][] = [
    ['float 19.99', 19.99], ["string '1999'", '1999'], ['0', 0], ['-1', -1], ['null', null], ['NaN (bound as NULL)', Number.NaN],
    ['100000000001 (bound as REAL)', 100_000_000_001], ['BigInt (bound as NULL)', 10n],
  ];
  it.each(BAD_PRICES)('product_price.unit_price_minor refuses %s', async (_name, value) => {
    const p = product({ prices: [] });
    await saveProducts(db, [p]);
    expect(await attempt('INSERT INTO product_price (product_id, currency, unit_price_minor, updated_at_ms) VALUES (?, ?, ?, 1)',
      [uuidToBytes(p.productId), 'CNY', value])).toBe('SQLITE_CONSTRAINT');
  });

  it('keeps the trigram index current through inserts, renames, barcode changes and deletes', async () => {
    const p = product({ sku: 'MILK-1L', name: '光明纯牛奶 1L', barcodes: ['6901234500011'] });
    await saveProducts(db, [p]);
    expect(await ftsRows('"纯牛奶"')).toBe(1);
    expect(await ftsRows('"ilk-1"')).toBe(1);
    expect(await ftsRows('"2345000"')).toBe(1);
    await saveProducts(db, [{ ...p, name: '蒙牛酸奶', barcodes: ['6909999900011'] }]);
    expect(await ftsRows('"纯牛奶"')).toBe(0);
    expect(await ftsRows('"蒙牛酸"')).toBe(1);
    expect(await ftsRows('"2345000"')).toBe(0);
    expect(await ftsRows('"9999900"')).toBe(1);
    await db.tx.write(async (tx) => {
      await tx.run('DELETE FROM product_barcode WHERE product_id = ?', [uuidToBytes(p.productId)]);
      await tx.run('DELETE FROM product_price WHERE product_id = ?', [uuidToBytes(p.productId)]);
      await tx.run('DELETE FROM product WHERE id = ?', [uuidToBytes(p.productId)]);
    });
    expect(await ftsRows('"蒙牛酸"')).toBe(0);
  });

  it('answers barcode, SKU prefix and name prefix lookups through indexes, and refuses an unknown category', async () => {
    expect(await plan('SELECT product_id FROM product_barcode WHERE barcode = ?', ['1'])).toMatch(/PRIMARY KEY|USING INDEX/);
    expect(await plan('SELECT pk FROM product p WHERE p.sku >= ? AND p.sku < ?', ['A', 'B'])).toMatch(/product_sku_unique|sqlite_autoindex_product/);
    expect(await plan('SELECT pk FROM product p WHERE p.name COLLATE NOCASE >= ? AND p.name COLLATE NOCASE < ?', ['a', 'b']))
      .toMatch(/product_by_name/);
    const categoryId = await addCategory(db, 'Drinks');
    await saveProducts(db, [product({ categoryId })]);
    expect(await attempt(`INSERT INTO product (id, sku, name, category_id, tax_class, unit, active, created_at_ms, updated_at_ms)
      VALUES (?, 'Z-1', 'x', ?, 'standard', 'each', 1, 1, 1)`, [uuidToBytes(newId()), uuidToBytes(newId())])).toBe('SQLITE_CONSTRAINT');
  });
});
