import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { priceOverrideApproval } from '../../../shared/ipc/contract/sales-domain';
import { cartOf, code, salesWorld, type SalesWorld } from './sales-fixture';

let w: SalesWorld;
beforeEach(async () => {
  w = await salesWorld();
});
afterEach(async () => w.t.close());

type Payment = { paymentId: string; status: string; providerReference: string | null; replayed: boolean };

describe('payment providers (the simulator)', () => {
  it('an unknown answer is resolved by lookup, and asking again never pays twice', async () => {
    const paymentId = newId();
    const input = { paymentId, saleId: newId(), method: 'wechat_pay', amountMinor: 4_200, currency: 'CNY' };
    await w.ok('payments.simulatorNext', { outcome: 'timeout' });
    const first = await w.ok<Payment>('payments.request', input);
    expect(first).toMatchObject({ status: 'unknown', providerReference: null });
    const looked = await w.ok<Payment>('payments.lookup', { paymentId });
    expect(looked.status).toBe('approved');
    expect(looked.providerReference).toMatch(/^SIM-/u);
    // A second request of the same id is the same payment, however often it is repeated.
    await w.ok('payments.simulatorNext', { outcome: 'decline' });
    expect(await w.ok<Payment>('payments.request', input)).toEqual({ ...looked, replayed: true });
    const rows = await w.t.db.tx.read((tx) => tx.all('SELECT status FROM payment'));
    expect(rows.map((r) => r['status'])).toEqual(['approved']);
    const resolved = await w.t.db.tx.read((tx) => tx.all("SELECT count(*) AS n FROM journal WHERE kind = 'payment.resolved'"));
    expect(resolved[0]?.['n']).toBe(1);
    // The decline queued above goes to the next new payment.
    expect((await w.ok<Payment>('payments.request', { ...input, paymentId: newId() })).status).toBe('declined');
  });

  it('a provider payment pays a sale once', async () => {
    const cart = cartOf(w.products.slice(0, 1));
    const priced = await w.price(cart);
    const payment = await w.ok<Payment>('payments.request', { paymentId: newId(), saleId: newId(), method: 'unionpay_qr', amountMinor: priced.totalMinor, currency: 'CNY' });
    const saleId = newId();
    const done = await w.ok<{ receipt: { tenders: { kind: string; provider?: string; providerReference?: string }[] } }>('sales.complete', {
      saleId, cart, expectedTotalMinor: priced.totalMinor, tenders: [{ kind: 'provider', tenderId: newId(), paymentId: payment.paymentId }],
    });
    expect(done.receipt.tenders).toEqual([expect.objectContaining({ kind: 'provider', provider: 'unionpay_qr', providerReference: payment.providerReference })]);
    expect(await w.ok<{ usedBySaleId: string | null }>('payments.lookup', { paymentId: payment.paymentId })).toMatchObject({ usedBySaleId: saleId });
  });
});

describe('price override', () => {
  it('a manager-approved price is used by pricing through the override id; the approval is used once', async () => {
    const cart = cartOf(w.products.slice(0, 1));
    const line = cart.lines[0];
    if (!line) throw new Error('no line');
    const request = { overrideId: newId(), cartId: cart.cartId, lineId: line.lineId, productId: line.productId, unitPriceMinor: 999 };
    const approvalId = await w.approval(priceOverrideApproval(request));
    const approved = await w.ok<{ replayed: boolean }>('sales.overridePrice', { ...request, approvalId });
    expect(approved.replayed).toBe(false);
    expect((await w.ok<{ replayed: boolean }>('sales.overridePrice', { ...request, approvalId })).replayed).toBe(true);
    expect(code(await w.call('sales.overridePrice', { ...request, overrideId: newId(), approvalId }))).toBe('forbidden');
    const priced = await w.price({ ...cart, lines: [{ ...line, overrideId: request.overrideId }] });
    expect(priced.lines[0]).toMatchObject({ unitPriceMinor: 999, overridden: true });
    // Another line cannot borrow the override.
    const other = { ...line, lineId: newId(), overrideId: request.overrideId };
    expect(code(await w.call('sales.price', { cart: { ...cart, lines: [other] } }))).toBe('price_override_not_found');
  });
});
