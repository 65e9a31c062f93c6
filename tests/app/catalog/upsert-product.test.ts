import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { expectOk, type TestApp } from '../../support/test-app';
import { auditsOf, catalogApp } from './catalog-world';

let t: TestApp;
beforeEach(async () => {
  t = await catalogApp();
});
afterEach(async () => t.close());

const base = () => ({
  productId: newId(), sku: 'TEA-1', name: '绿茶', categoryId: null as string | null, barcodes: ['6901234567892'], taxClass: 'standard',
  unit: 'each', active: true, prices: [{ currency: 'CNY', unitPriceMinor: 350 }],
});
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('catalog.upsertProduct', () => {
  it('creates, updates and audits what changed as counts; a repeat changes nothing and writes no audit', async () => {
    const p = base();
    expect(expectOk<{ created: boolean }>(await t.call('catalog.upsertProduct', p)).created).toBe(true);
    const edited = { ...p, name: '绿茶 500ml', barcodes: ['6901234567892', 'T1'], prices: [{ currency: 'CNY', unitPriceMinor: 400 }, { currency: 'EUR', unitPriceMinor: 50 }] };
    const out = expectOk<{ created: boolean; changed: boolean; product: { prices: unknown[]; barcodes: string[] } }>(await t.call('catalog.upsertProduct', edited));
    expect(out).toMatchObject({ created: false, changed: true });
    expect(out.product.prices).toEqual([{ currency: 'CNY', unitPriceMinor: 400 }, { currency: 'EUR', unitPriceMinor: 50 }]);
    expect(expectOk<{ changed: boolean }>(await t.call('catalog.upsertProduct', edited)).changed).toBe(false);
    expect(await auditsOf(t, 'audit.catalogProductSaved')).toEqual([
      { productId: p.productId, sku: 'TEA-1', created: true, fields: [], pricesChanged: 1, barcodesChanged: 1 },
      { productId: p.productId, sku: 'TEA-1', created: false, fields: ['name'], pricesChanged: 2, barcodesChanged: 1 },
    ]);
  });

  it('refuses a SKU (any ASCII case) or a barcode of another product, an unknown category and a class outside the tax profile', async () => {
    expectOk(await t.call('catalog.upsertProduct', base()));
    expect(code(await t.call('catalog.upsertProduct', { ...base(), sku: 'tea-1', barcodes: [] }))).toBe('sku_taken');
    expect(code(await t.call('catalog.upsertProduct', { ...base(), sku: 'TEA-2' }))).toBe('barcode_taken');
    expect(code(await t.call('catalog.upsertProduct', { ...base(), sku: 'TEA-3', barcodes: [], categoryId: newId() }))).toBe('category_not_found');
    // A CNY shop's default profile is China VAT: standard, reduced, services, zero.
    expect(code(await t.call('catalog.upsertProduct', { ...base(), sku: 'TEA-4', barcodes: [], taxClass: 'taxable' }))).toBe('unknown_tax_class');
    expect(code(await t.call('catalog.upsertProduct', { ...base(), sku: 'TEA-5', barcodes: [], prices: [{ currency: 'CNY', unitPriceMinor: 1 }, { currency: 'CNY', unitPriceMinor: 2 }] })))
      .toBe('invalid_input');
  });

  it('follows the tax profile the settings name', async () => {
    expectOk(await t.call('settings.update', { taxProfileId: 'us_sales_tax' }));
    expect(code(await t.call('catalog.upsertProduct', { ...base(), taxClass: 'standard' }))).toBe('unknown_tax_class');
    expect(code(await t.call('catalog.upsertProduct', { ...base(), taxClass: 'taxable' }))).toBe('ok');
  });

  it('byBarcode sells only an active product with a price in the currency; search and categories see it', async () => {
    const categoryId = newId();
    expectOk(await t.call('catalog.upsertCategory', { categoryId, name: 'Tea' }));
    const p = { ...base(), categoryId };
    expectOk(await t.call('catalog.upsertProduct', p));
    expect(expectOk(await t.call('catalog.byBarcode', { barcode: '6901234567892', currency: 'CNY' }))).toMatchObject({
      productId: p.productId, categoryName: 'Tea', unitPriceMinor: 350, currency: 'CNY',
    });
    expect(code(await t.call('catalog.byBarcode', { barcode: '6901234567892', currency: 'EUR' }))).toBe('no_price_in_currency');
    expect(expectOk<{ items: unknown[] }>(await t.call('catalog.search', { query: '绿茶', currency: 'EUR' })).items).toMatchObject([{ unitPriceMinor: null }]);
    expect(expectOk(await t.call('catalog.categories', {}))).toEqual([{ categoryId, name: 'Tea', productCount: 1 }]);
    expectOk(await t.call('catalog.upsertProduct', { ...p, active: false }));
    expect(code(await t.call('catalog.byBarcode', { barcode: '6901234567892', currency: 'CNY' }))).toBe('product_inactive');
    expect(expectOk(await t.call('catalog.categories', {}))).toEqual([{ categoryId, name: 'Tea', productCount: 0 }]);
  });

  it('upsertCategory renames, refuses a name taken in another case, and audits creation and renames only', async () => {
    const categoryId = newId();
    expectOk(await t.call('catalog.upsertCategory', { categoryId, name: 'Tea' }));
    expectOk(await t.call('catalog.upsertCategory', { categoryId, name: 'Tea' }));
    expectOk(await t.call('catalog.upsertCategory', { categoryId, name: 'Teas' }));
    expect(code(await t.call('catalog.upsertCategory', { categoryId: newId(), name: 'teas' }))).toBe('category_name_taken');
    expect(await auditsOf(t, 'audit.catalogCategorySaved')).toEqual([{ categoryId, created: true }, { categoryId, created: false }]);
  });
});
