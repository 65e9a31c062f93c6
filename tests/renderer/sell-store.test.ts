// The Sell screen's cart store and actions against a fake transport: every figure comes from
// sales.price, a reply to an older cart version is dropped, a reply after a lock is dropped,
// scans add or bump lines, and one sale id serves every attempt of one sale.
import { beforeEach, describe, expect, it } from 'vitest';

import { newId } from '../../shared/domain/ids';
import type { CartInput } from '../../shared/domain/sales/cart';
import { addProduct, emptyCart, removeLine, setLineDiscount, setOrderDiscount, setQuantity } from '../../renderer/src/features/sell/cart-edit';
import { completeSale, requestPayment, checkPayment, refreshDue, takeCash, takeExternalCard } from '../../renderer/src/features/sell/checkout.actions';
import { useCheckoutStore } from '../../renderer/src/features/sell/checkout.store';
import { priceCart } from '../../renderer/src/features/sell/pricing.actions';
import { addToCart, loadShift, scanCode } from '../../renderer/src/features/sell/sell.actions';
import { forgetWhenPriced, useSellStore, whenPriced } from '../../renderer/src/features/sell/sell.store';
import { dueFor, dueNow } from '../../renderer/src/features/sell/tender-due';
import { resetSessionStores } from '../../renderer/src/lib/session-scope';
import { fail, fakeApi, ok } from './fake-transport';

const SHIFT = {
  shiftId: newId(), terminalId: 't1', currency: 'CNY', status: 'open', openedBy: newId(), openedByName: 'Ada', openedAtMs: 1,
  floatMinor: 0, closedAtMs: null, closedBy: null, countedCashMinor: null, expectedCashMinor: null, overShortMinor: null, zNumber: null,
};
const PRODUCT = { productId: newId(), sku: 'TEA-1', name: 'Tea', categoryId: null, categoryName: null, barcodes: ['6901234567892'], taxClass: 'standard', unit: 'each', active: true, unitPriceMinor: 1200, currency: 'CNY' };

/** core's sales.due answer when the tenders pay the sale. */
const PAID = { currency: 'CNY', totalMinor: 1200, dueMinor: 0, cashDueMinor: 0, paid: true };

/** A PricedCart for a cart, with made-up figures (the renderer never computes them). */
function pricedOf(cart: CartInput, totalMinor = 1200 * cart.lines.length) {
  return {
    cartId: cart.cartId, currency: cart.currency, pricesIncludeTax: true,
    lines: cart.lines.map((l) => ({
      lineId: l.lineId, productId: l.productId, sku: 'S', name: 'N', quantityMilli: l.quantityMilli, unitPriceMinor: 1200, overridden: false,
      grossMinor: 1200, lineDiscountMinor: 0, orderDiscountMinor: 0, discountMinor: 0, netMinor: 1062, taxMinor: 138, totalMinor: 1200, taxClass: 'standard', taxRateBp: 1300,
    })),
    taxes: [], subtotalMinor: totalMinor, discountMinor: 0, netMinor: totalMinor, taxMinor: 0, totalMinor, cashRoundingMinor: 0, cashTotalMinor: totalMinor,
  };
}

/** A deferred reply, answered by the test when it chooses. */
function deferred() {
  let answer: (value: unknown) => void = () => undefined;
  const promise = new Promise((resolve) => (answer = resolve));
  return { promise, answer };
}

beforeEach(() => resetSessionStores());

async function withShift() {
  await loadShift(fakeApi({ 'shifts.current': () => ok({ shift: SHIFT }) }).api);
}

describe('cart edits', () => {
  it('adds a product once, then bumps its plain line; a discounted line is left alone', () => {
    let cart = addProduct(emptyCart('CNY'), PRODUCT.productId) as CartInput;
    cart = addProduct(cart, PRODUCT.productId) as CartInput;
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]?.quantityMilli).toBe(2000);
    const lineId = cart.lines[0]?.lineId ?? '';
    cart = setLineDiscount(cart, lineId, { kind: 'percent', bp: 1000 });
    cart = addProduct(cart, PRODUCT.productId) as CartInput;
    expect(cart.lines).toHaveLength(2);
    expect(setLineDiscount(cart, lineId, null).lines[0]).not.toHaveProperty('discount');
    expect(setQuantity(cart, lineId, 0).lines).toHaveLength(1);
    expect(removeLine(cart, lineId).lines).toHaveLength(1);
    expect(setOrderDiscount(setOrderDiscount(cart, { kind: 'amount', amountMinor: 100 }), null)).not.toHaveProperty('orderDiscount');
  });

  it('refuses a 501st line', () => {
    let cart = emptyCart('CNY');
    for (let i = 0; i < 500; i += 1) cart = addProduct(cart, newId()) as CartInput;
    expect(addProduct(cart, newId())).toBeNull();
  });
});

describe('sell store', () => {
  it('shows no shift as "none" (selling refused)', async () => {
    await loadShift(fakeApi({ 'shifts.current': () => ok({ shift: null }) }).api);
    expect(useSellStore.getState().shift).toBe('none');
  });

  it('drops a price reply to an older cart version; keeps the latest', async () => {
    await withShift();
    const first = deferred();
    const second = deferred();
    let calls = 0;
    const { api } = fakeApi({ 'sales.price': () => ((calls += 1) === 1 ? first.promise : second.promise) });
    const adding1 = addToCart(api, PRODUCT);
    const adding2 = addToCart(api, { productId: newId() });
    const cart = useSellStore.getState().cart as CartInput;
    expect(cart.lines).toHaveLength(2);
    // the newer answer arrives first, the older one after it
    second.answer(ok(pricedOf(cart, 2400)));
    await adding2;
    expect(useSellStore.getState().priced?.totalMinor).toBe(2400);
    first.answer(ok(pricedOf({ ...cart, lines: cart.lines.slice(0, 1) }, 1200)));
    await adding1;
    expect(useSellStore.getState().priced?.totalMinor).toBe(2400);
    expect(useSellStore.getState().priced?.lines).toHaveLength(2);
  });

  it('drops a price reply that arrives after a lock (the session reset)', async () => {
    await withShift();
    const late = deferred();
    const { api } = fakeApi({ 'sales.price': () => late.promise });
    const adding = addToCart(api, PRODUCT);
    resetSessionStores();
    late.answer(ok(pricedOf(emptyCart('CNY'))));
    await adding;
    expect(useSellStore.getState().cart).toBeNull();
    expect(useSellStore.getState().priced).toBeNull();
  });

  it('a scan adds the product; the same code again bumps its quantity; an unknown code is named', async () => {
    await withShift();
    const { api, calls } = fakeApi({
      'catalog.byBarcode': (input) => ((input as { barcode: string }).barcode === '6901234567892' ? ok(PRODUCT) : fail('product_not_found')),
      'sales.price': (input) => ok(pricedOf((input as { cart: CartInput }).cart)),
    });
    await scanCode(api, '6901234567892');
    await scanCode(api, '6901234567892');
    expect(useSellStore.getState().cart?.lines).toEqual([expect.objectContaining({ productId: PRODUCT.productId, quantityMilli: 2000 })]);
    expect(calls.find((c) => c.key === 'catalog.byBarcode')?.input).toEqual({ barcode: '6901234567892', currency: 'CNY' });
    await scanCode(api, '0000');
    expect(useSellStore.getState().notice).toEqual({ kind: 'unknownBarcode', code: '0000' });
    expect(useSellStore.getState().cart?.lines).toHaveLength(1);
  });

  it('names the line an add created or counted up (the cart scrolls to it); other edits name none', async () => {
    await withShift();
    const { api } = fakeApi({ 'sales.price': (input) => ok(pricedOf((input as { cart: CartInput }).cart)) });
    await addToCart(api, PRODUCT);
    const teaLine = useSellStore.getState().cart?.lines[0]?.lineId;
    expect(useSellStore.getState().addedLineId).toBe(teaLine);
    const other = { productId: newId() };
    await addToCart(api, other);
    expect(useSellStore.getState().addedLineId).toBe(useSellStore.getState().cart?.lines[1]?.lineId);
    await addToCart(api, PRODUCT);
    expect(useSellStore.getState().addedLineId).toBe(teaLine);
    useSellStore.getState().changeCart(useSellStore.getState().cart);
    expect(useSellStore.getState().addedLineId).toBeNull();
  });

  it('a tender pressed while the cart is being priced runs once core priced it; a pricing error drops it', async () => {
    await withShift();
    const reply = deferred();
    const { api } = fakeApi({ 'sales.price': () => reply.promise });
    const adding = addToCart(api, PRODUCT);
    const ran: string[] = [];
    whenPriced(() => ran.push('first'));
    whenPriced(() => ran.push('cash')); // a second press replaces the first
    expect(ran).toEqual([]);
    reply.answer(ok(pricedOf(useSellStore.getState().cart as CartInput)));
    await adding;
    expect(ran).toEqual(['cash']);
    whenPriced(() => ran.push('at once'));
    expect(ran).toEqual(['cash', 'at once']);

    const refused = deferred();
    const adding2 = addToCart(fakeApi({ 'sales.price': () => refused.promise }).api, { productId: newId() });
    whenPriced(() => ran.push('after an error'));
    refused.answer(fail('cart_product_unpriced'));
    await adding2;
    expect(useSellStore.getState().pricingError?.code).toBe('cart_product_unpriced');
    await priceCart(fakeApi({ 'sales.price': (input) => ok(pricedOf((input as { cart: CartInput }).cart)) }).api);
    expect(ran).toEqual(['cash', 'at once']);

    // leaving the Sell screen forgets a key still waiting
    const late = deferred();
    const adding3 = addToCart(fakeApi({ 'sales.price': () => late.promise }).api, { productId: newId() });
    whenPriced(() => ran.push('after leaving'));
    forgetWhenPriced();
    late.answer(ok(pricedOf(useSellStore.getState().cart as CartInput)));
    await adding3;
    expect(ran).toEqual(['cash', 'at once']);
  });

  it('a pricing refusal of the latest cart is shown; of an older one it is not', async () => {
    await withShift();
    const { api } = fakeApi({ 'sales.price': () => fail('cart_product_unpriced') });
    await addToCart(api, PRODUCT);
    expect(useSellStore.getState().pricingError?.code).toBe('cart_product_unpriced');
    useSellStore.getState().pricingFailed(useSellStore.getState().version - 1, useSellStore.getState().pricingError as never);
    useSellStore.getState().changeCart(useSellStore.getState().cart);
    await priceCart(fakeApi({ 'sales.price': (input) => ok(pricedOf((input as { cart: CartInput }).cart)) }).api);
    expect(useSellStore.getState().pricingError).toBeNull();
  });
});

describe('checkout', () => {
  async function pricedCart(totalMinor: number, cashTotalMinor = totalMinor) {
    await withShift();
    await addToCart(fakeApi({ 'sales.price': (input) => ok({ ...pricedOf((input as { cart: CartInput }).cart, totalMinor), cashTotalMinor }) }).api, PRODUCT);
  }

  it('one sale id for every attempt; a double press completes once', async () => {
    await pricedCart(1200);
    const answer = deferred();
    const { api, calls } = fakeApi({ 'sales.due': () => ok(PAID), 'sales.complete': () => answer.promise });
    const paying = takeCash(api, 2000);
    await completeSale(api); // the second press while the first runs
    answer.answer(ok({ saleId: 'x', receiptNumber: 1, completedAtMs: 1, totalMinor: 1200, changeMinor: 800, receipt: {}, replayed: false }));
    await paying;
    expect(calls.filter((c) => c.key === 'sales.complete')).toHaveLength(1);
    expect(useCheckoutStore.getState().done?.changeMinor).toBe(800);
  });

  it('a completion refused for a changed total shows core\'s new total', async () => {
    await pricedCart(1200);
    const { api, calls } = fakeApi({
      'sales.due': () => ok(PAID),
      'sales.complete': () => fail('total_changed', 'the total is now 1399 CNY'),
      'sales.price': (input) => ok(pricedOf((input as { cart: CartInput }).cart, 1399)),
    });
    await takeCash(api, 1200);
    expect(useCheckoutStore.getState().failure?.code).toBe('total_changed');
    expect(calls.map((c) => c.key)).toEqual(['sales.due', 'sales.complete', 'sales.price']);
    expect(useSellStore.getState().priced?.totalMinor).toBe(1399);
  });

  it('after a lost reply the same sale id is sent again', async () => {
    await pricedCart(1200);
    let replies = 0;
    const { api, calls } = fakeApi({
      'sales.due': () => ok(PAID),
      'sales.complete': () => {
        if ((replies += 1) === 1) throw new Error('the host went away');
        return ok({ saleId: 'x', receiptNumber: 1, completedAtMs: 1, totalMinor: 1200, changeMinor: 0, receipt: {}, replayed: true });
      },
    });
    await takeCash(api, 1200);
    expect(useCheckoutStore.getState().failure?.code).toBe('unreachable');
    await completeSale(api);
    const ids = calls.filter((c) => c.key === 'sales.complete').map((c) => (c.input as { saleId: string }).saleId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it('split: the due shown is picked, never computed (the priced figures, then core\'s sales.due answer)', () => {
    const priced = { totalMinor: 1003, cashTotalMinor: 1005 };
    const before = dueNow(priced, 0, null);
    expect(before && dueFor('cash', before)).toBe(1005);
    expect(before && dueFor('card', before)).toBe(1003);
    // a tender taken: nothing until core answers; then core's figures as they are
    expect(dueNow(priced, 1, null)).toBeNull();
    const core = { currency: 'CHF', totalMinor: 1003, dueMinor: 503, cashDueMinor: 505, paid: false };
    const after = dueNow(priced, 1, core);
    expect(after && dueFor('cash', after)).toBe(505);
    expect(after && dueFor('card', after)).toBe(503);
    // an answer for another total (the cart was priced again) is not shown
    expect(dueNow({ ...priced, totalMinor: 2003 }, 1, core)).toBeNull();
  });

  it('a taken tender asks core what is due and completes only when core says paid', async () => {
    await pricedCart(1200);
    let paid = false;
    const { api, calls } = fakeApi({
      'sales.due': () => ok({ currency: 'CNY', totalMinor: 1200, dueMinor: paid ? 0 : 700, cashDueMinor: 0, paid }),
      'sales.complete': () => ok({ saleId: 'x', receiptNumber: 1, completedAtMs: 1, totalMinor: 1200, changeMinor: 0, receipt: {}, replayed: false }),
    });
    await takeCash(api, 500);
    expect(calls.map((c) => c.key)).toEqual(['sales.due']);
    expect(calls[0]?.input).toMatchObject({ tenders: [{ kind: 'cash', amountMinor: 500 }] });
    expect(useCheckoutStore.getState().due?.dueMinor).toBe(700);
    expect(useCheckoutStore.getState().done).toBeNull();
    paid = true;
    await takeExternalCard(api, 700, 'A1');
    expect(calls.map((c) => c.key)).toEqual(['sales.due', 'sales.due', 'sales.complete']);
    expect(useCheckoutStore.getState().done).not.toBeNull();
  });

  it('a failed sales.due is kept with the tenders it was for, and asking again clears it', async () => {
    await pricedCart(1200);
    let reachable = false;
    const { api } = fakeApi({
      'sales.due': () => (reachable ? ok({ currency: 'CNY', totalMinor: 1200, dueMinor: 700, cashDueMinor: 700, paid: false }) : fail('session_locked')),
    });
    await takeCash(api, 500);
    expect(useCheckoutStore.getState().due).toBeNull();
    expect(useCheckoutStore.getState().dueError?.code).toBe('session_locked');
    expect(useCheckoutStore.getState().failure).toBeNull();
    reachable = true;
    await refreshDue(api);
    expect(useCheckoutStore.getState().dueError).toBeNull();
    expect(useCheckoutStore.getState().due?.dueMinor).toBe(700);
  });

  it('an unknown provider payment is looked up, never requested twice', async () => {
    await pricedCart(1200);
    const base = { saleId: newId(), method: 'alipay', amountMinor: 1200, currency: 'CNY', providerReference: null, usedBySaleId: null, requestedAtMs: 1, replayed: false };
    let paymentId = '';
    const { api, calls } = fakeApi({
      'payments.request': (input) => {
        paymentId = (input as { paymentId: string }).paymentId;
        return ok({ ...base, paymentId, status: 'unknown' });
      },
      'payments.lookup': () => ok({ ...base, paymentId, status: 'approved', providerReference: 'SIM-1' }),
      'sales.due': () => ok(PAID),
      'sales.complete': () => ok({ saleId: 'x', receiptNumber: 1, completedAtMs: 1, totalMinor: 1200, changeMinor: 0, receipt: {}, replayed: false }),
    });
    await requestPayment(api, 'alipay', 1200, 'CNY');
    expect(useCheckoutStore.getState().payment?.status).toBe('unknown');
    await requestPayment(api, 'alipay', 1200, 'CNY'); // pressed again: a lookup, not a request
    expect(calls.filter((c) => c.key === 'payments.request')).toHaveLength(1);
    expect(calls.filter((c) => c.key === 'payments.lookup')).toHaveLength(1);
    expect(useCheckoutStore.getState().done).not.toBeNull();
    await checkPayment(api);
    expect(calls.filter((c) => c.key === 'payments.request')).toHaveLength(1);
  });
});
