import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { cartOf, code, salesWorld, type SalesWorld } from './sales-fixture';

/**
 * sales.price reads the catalog through the pricing cache (db/pricing-cache.ts): a price or
 * state changed in the catalog shows on the very next pricing, and completing a sale prices the
 * cart afresh, so a total shown before the change cannot be charged after it.
 */
describe('the shown price follows the catalog at once', () => {
  let w: SalesWorld;
  afterEach(async () => w.t.close());

  it('a new price, then a product taken off sale, show on the next sales.price', async () => {
    w = await salesWorld();
    const tea = w.products[0];
    if (!tea) throw new Error('no product');
    const cart = cartOf([tea]);
    expect((await w.price(cart)).totalMinor).toBe(1_250);
    const edit = { productId: tea.productId, sku: tea.sku, name: tea.name, categoryId: null, barcodes: [], taxClass: tea.taxClass, unit: 'each', active: true };
    await w.ok('catalog.upsertProduct', { ...edit, prices: [{ currency: 'CNY', unitPriceMinor: 1_399 }] });
    expect((await w.price(cart)).totalMinor).toBe(1_399);
    const stale = await w.call('sales.complete', {
      saleId: newId(), cart, expectedTotalMinor: 1_250, tenders: [{ tenderId: newId(), kind: 'cash', amountMinor: 1_250 }],
    });
    expect(code(stale)).toBe('total_changed');
    await w.ok('catalog.upsertProduct', { ...edit, active: false, prices: [{ currency: 'CNY', unitPriceMinor: 1_399 }] });
    expect(code(await w.call('sales.price', { cart }))).toBe('cart_product_inactive');
  });
});
