import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../electron/main/db/connection';
import { cachedProductsForPricing, type ProductsForPricing } from '../../electron/main/db/pricing-cache';
import { productsForPricing } from '../../electron/main/db/repositories/product.repo';
import { newId, uuidToBytes } from '../../shared/domain/ids';
import { openTestDb, tempDir } from '../support/test-db';
import { product, saveProducts } from './catalog/catalog-fixtures';

/** The real read, counting the ids it was asked for. */
function countingRead(): { read: ProductsForPricing; asked: string[][] } {
  const asked: string[][] = [];
  return { asked, read: async (tx, ids, currency) => { asked.push([...ids]); return productsForPricing(tx, ids, currency); } };
}

const priceOf = async (db: Database, cached: ProductsForPricing, id: string, currency = 'CNY') =>
  (await db.tx.read((tx) => cached(tx, [id], currency))).get(id)?.unitPriceMinor;

describe('pricing cache (db/pricing-cache.ts)', () => {
  const opened: Database[] = [];
  const cleanups: (() => void)[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('answers as the catalog read does, and reads only the products it has not kept', async () => {
    const db = await openTestDb();
    opened.push(db);
    const [a, b, c] = [product({ name: 'A' }), product({ name: 'B' }), product({ name: 'C', prices: [] })];
    await saveProducts(db, [a, b, c]);
    const { read, asked } = countingRead();
    const cached = cachedProductsForPricing(read);
    const unknown = newId();
    const ids = [a.productId, b.productId, c.productId, unknown];
    const first = await db.tx.read((tx) => cached(tx, ids.slice(0, 2), 'CNY'));
    const second = await db.tx.read((tx) => cached(tx, ids, 'CNY'));
    expect(second).toEqual(await db.tx.read((tx) => productsForPricing(tx, ids, 'CNY')));
    expect(first.get(a.productId)).toEqual(second.get(a.productId));
    expect(second.get(c.productId)?.unitPriceMinor).toBeNull();
    expect(asked).toEqual([[a.productId, b.productId], [c.productId, unknown]]);
  });

  it('forgets everything once this connection writes anything', async () => {
    const db = await openTestDb();
    opened.push(db);
    const tea = product();
    await saveProducts(db, [tea]);
    const cached = cachedProductsForPricing();
    expect(await priceOf(db, cached, tea.productId)).toBe(1250);
    await saveProducts(db, [{ ...tea, prices: [{ currency: 'CNY', unitPriceMinor: 1399 }] }]);
    expect(await priceOf(db, cached, tea.productId)).toBe(1399);
    await db.tx.write((tx) => tx.run('UPDATE product_price SET unit_price_minor = 1500 WHERE product_id = ?', [uuidToBytes(tea.productId)]));
    expect(await priceOf(db, cached, tea.productId)).toBe(1500);
    await db.tx.write((tx) => tx.run('UPDATE product SET active = 0 WHERE id = ?', [uuidToBytes(tea.productId)]));
    expect((await db.tx.read((tx) => cached(tx, [tea.productId], 'CNY'))).get(tea.productId)?.active).toBe(false);
  });

  it('keeps one currency: another currency is read afresh', async () => {
    const db = await openTestDb();
    opened.push(db);
    const tea = product({ prices: [{ currency: 'CNY', unitPriceMinor: 1250 }, { currency: 'EUR', unitPriceMinor: 160 }] });
    await saveProducts(db, [tea]);
    const cached = cachedProductsForPricing();
    expect(await priceOf(db, cached, tea.productId, 'CNY')).toBe(1250);
    expect(await priceOf(db, cached, tea.productId, 'EUR')).toBe(160);
    expect(await priceOf(db, cached, tea.productId, 'CNY')).toBe(1250);
  });

  it('forgets everything once another connection commits (PRAGMA data_version)', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = join(dir, 'ledger.db');
    const key = randomBytes(32);
    const till = await openTestDb({ file, key });
    opened.push(till);
    const tea = product();
    await saveProducts(till, [tea]);
    const other = await openTestDb({ file, key });
    opened.push(other);
    const cached = cachedProductsForPricing();
    expect(await priceOf(till, cached, tea.productId)).toBe(1250);
    await other.tx.write((tx) => tx.run('UPDATE product_price SET unit_price_minor = 990 WHERE product_id = ?', [uuidToBytes(tea.productId)]));
    expect(await priceOf(till, cached, tea.productId)).toBe(990);
  });
});
