import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/main/db/connection';
import { productByBarcode, productsForPricing } from '../../../electron/main/db/repositories/product.repo';
import { searchProducts, type ProductSearch } from '../../../electron/main/db/repositories/product-search.repo';
import { newId } from '../../../shared/domain/ids';
import { openTestDb } from '../../support/test-db';
import { addCategory, product, saveProducts } from './catalog-fixtures';

/** The catalog search and the reads other domains use, over a small catalog with English and Chinese names. */
let db: Database;
let drinks: string;
const ids = { milk: newId(), yogurt: newId(), apple: newId(), appleJuice: newId(), old: newId(), tea: newId() };

beforeAll(async () => {
  db = await openTestDb();
  drinks = await addCategory(db, 'Drinks');
  await saveProducts(db, [
    product({ productId: ids.milk, sku: 'MILK-1L', name: '光明纯牛奶 1L', categoryId: drinks, barcodes: ['6901234500011'] }),
    product({ productId: ids.yogurt, sku: 'YOG-200', name: '蒙牛酸牛奶', categoryId: drinks, barcodes: ['6901234500028', 'Y200'] }),
    product({ productId: ids.apple, sku: 'APL-KG', name: 'Apple Fuji', unit: 'weight', prices: [{ currency: 'EUR', unitPriceMinor: 399 }] }),
    product({ productId: ids.appleJuice, sku: 'APL-J1', name: 'Juice, apple 1L', categoryId: drinks }),
    product({ productId: ids.old, sku: 'APL-OLD', name: 'Apple pie (old)', active: false }),
    product({ productId: ids.tea, sku: '6901234500011X', name: 'Tea with a SKU like a barcode' }),
  ]);
});
afterAll(async () => db.close());

const search = (text: string, over: Partial<ProductSearch> = {}) =>
  db.tx.read((tx) => searchProducts(tx, { text, categoryId: null, currency: 'CNY', limit: 60, activeOnly: true, ...over }))
    .then((rows) => rows.map((r) => r.productId));

describe('catalog search', () => {
  it('puts the exact barcode first, before a SKU that merely starts with it', async () => {
    expect(await search('6901234500011')).toEqual([ids.milk, ids.tea]);
    expect(await search('Y200')).toEqual([ids.yogurt]);
  });

  it('finds SKUs by prefix without regard to ASCII case, the exact SKU first', async () => {
    expect(await search('apl-')).toEqual([ids.appleJuice, ids.apple]);
    expect(await search('APL-KG')).toEqual([ids.apple]);
  });

  it('finds 3+ characters anywhere in a name through the trigram index, Chinese included, names starting with them first', async () => {
    expect(await search('纯牛奶')).toEqual([ids.milk]);
    expect(await search('酸牛奶')).toEqual([ids.yogurt]);
    expect(await search('apple')).toEqual([ids.apple, ids.appleJuice]);
    expect(await search('juice 1L')).toEqual([ids.appleJuice]);
  });

  it('uses the start of the name for 1–2 characters, and CJK characters anywhere in it', async () => {
    expect(await search('ju')).toEqual([ids.appleJuice]);
    // Letters are a SKU prefix too: SKUs first, then names.
    expect(await search('ap')).toEqual([ids.appleJuice, ids.apple]);
    expect(await search('蒙')).toEqual([ids.yogurt]);
    expect(new Set(await search('牛奶'))).toEqual(new Set([ids.milk, ids.yogurt]));
  });

  it('filters by category and activity, honours the limit, and lists everything by name for an empty query', async () => {
    expect(await search('apple', { categoryId: drinks })).toEqual([ids.appleJuice]);
    expect(await search('apple', { activeOnly: false })).toContain(ids.old);
    expect(await search('apple')).not.toContain(ids.old);
    expect(await search('', { limit: 2 })).toHaveLength(2);
    expect(await search('')).toHaveLength(5);
  });

  it('takes FTS5 syntax in a query as text', async () => {
    expect(await search('"apple" OR *')).toEqual([]);
    expect(await search('NEAR(apple')).toEqual([]);
  });
});

describe('reads for other domains', () => {
  it('productsForPricing: each asked product with its price in the currency (null without one); unknown ids absent', async () => {
    const found = await db.tx.read((tx) => productsForPricing(tx, [ids.milk, ids.apple, ids.milk, newId()], 'CNY'));
    expect([...found.keys()].sort()).toEqual([ids.milk, ids.apple].sort());
    expect(found.get(ids.milk)).toMatchObject({
      sku: 'MILK-1L', name: '光明纯牛奶 1L', categoryId: drinks, categoryName: 'Drinks', taxClass: 'standard', unit: 'each', active: true,
      unitPriceMinor: 1250,
    });
    expect(found.get(ids.apple)).toMatchObject({ unit: 'weight', unitPriceMinor: null, categoryId: null, categoryName: null });
  });

  it('productsForPricing over more ids than one statement takes (chunks of 500), an inactive one included', async () => {
    const asked = [...Array.from({ length: 520 }, () => newId()), ids.old, ids.yogurt];
    const found = await db.tx.read((tx) => productsForPricing(tx, asked, 'CNY'));
    expect([...found.keys()].sort()).toEqual([ids.old, ids.yogurt].sort());
    expect(found.get(ids.old)?.active).toBe(false);
    expect(found.get(ids.yogurt)?.active).toBe(true);
  });

  it('productByBarcode names the product of a barcode, or null', async () => {
    expect(await db.tx.read((tx) => productByBarcode(tx, '6901234500028'))).toEqual({ productId: ids.yogurt });
    expect(await db.tx.read((tx) => productByBarcode(tx, '0000'))).toBeNull();
  });
});
