import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { receipt as receiptSchema } from '../../../shared/domain/sales/receipt';
import { recordsOf } from '../../../electron/main/db/repositories/record.repo';
import { saleTotals } from '../../../electron/main/db/repositories/sale-totals.repo';
import { openShift } from '../../../electron/main/db/repositories/shift.repo';
import { cartOf, code, salesWorld, sellForCash, type SalesWorld } from './sales-fixture';

let w: SalesWorld;
beforeEach(async () => {
  w = await salesWorld();
});
afterEach(async () => w.t.close());

type Completed = { saleId: string; receiptNumber: number; changeMinor: number; totalMinor: number; replayed: boolean; receipt: unknown };

describe('sales.complete', () => {
  it('sells for cash with change, one batch and one record, and prices in core (China VAT, inclusive)', async () => {
    const cart = cartOf(w.products, [2, 1, 1]);
    const priced = await w.price(cart);
    expect(priced.totalMinor).toBe(2 * 1_250 + 4_999 + 300);
    expect(priced.taxMinor).toBe(priced.taxes.reduce((s, t) => s + t.taxMinor, 0));
    const before = await w.t.mark();
    const saleId = newId();
    const done = await w.ok<Completed>('sales.complete', {
      saleId, cart, expectedTotalMinor: priced.totalMinor, tenders: [{ kind: 'cash', tenderId: newId(), amountMinor: 10_000 }],
    });
    expect(done).toMatchObject({ saleId, receiptNumber: 1, changeMinor: 10_000 - priced.totalMinor, totalMinor: priced.totalMinor, replayed: false });
    expect(receiptSchema.safeParse(done.receipt).success).toBe(true);
    const kinds = (await w.t.journalSince(before.headSeq)).map((j) => j.kind);
    expect(kinds.filter((k) => k === 'ledger.batch')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'sale.completed')).toHaveLength(1);
    expect(w.t.received.some((e) => e.name === 'display.paid')).toBe(true);
    const shift = await w.t.db.tx.read(openShift);
    const totals = await w.t.db.tx.read((tx) => saleTotals(tx, shift?.shiftId ?? ''));
    expect(totals).toMatchObject({ saleCount: 1, totalMinor: priced.totalMinor, cashTakenMinor: priced.totalMinor, taxMinor: priced.taxMinor });
  });

  it('a new sale id with a line or tender id already on a sale is refused; fresh ids are not', async () => {
    const cart = cartOf(w.products.slice(0, 3));
    const total = (await w.price(cart)).totalMinor;
    const tender = { kind: 'cash', tenderId: newId(), amountMinor: total };
    await w.ok('sales.complete', { saleId: newId(), cart, expectedTotalMinor: total, tenders: [tender] });
    const fresh = cartOf(w.products.slice(0, 3));
    const reusedLine = { ...fresh, lines: fresh.lines.map((l, i) => (i === 2 ? { ...l, lineId: cart.lines[2]?.lineId ?? '' } : l)) };
    const refusals = [
      { cart: reusedLine, tenders: [{ ...tender, tenderId: newId() }] },
      { cart: fresh, tenders: [tender] },
    ];
    for (const attempt of refusals) {
      expect(code(await w.call('sales.complete', { saleId: newId(), expectedTotalMinor: total, ...attempt }))).toBe('id_exists_with_different_content');
    }
    await w.ok('sales.complete', { saleId: newId(), cart: fresh, expectedTotalMinor: total, tenders: [{ ...tender, tenderId: newId() }] });
  });

  it('the same sale id twice is one sale (replayed), another cart under it a conflict', async () => {
    const cart = cartOf(w.products.slice(0, 1));
    const priced = await w.price(cart);
    const input = { saleId: newId(), cart, expectedTotalMinor: priced.totalMinor, tenders: [{ kind: 'cash', tenderId: newId(), amountMinor: 2_000 }] };
    const first = await w.ok<Completed>('sales.complete', input);
    const before = await w.t.mark();
    const again = await w.ok<Completed>('sales.complete', input);
    expect(again).toEqual({ ...first, replayed: true });
    expect((await w.t.mark()).headSeq).toBe(before.headSeq);
    const other = { ...input, cart: cartOf(w.products.slice(1, 2)) };
    expect(code(await w.call('sales.complete', { ...other, expectedTotalMinor: (await w.price(other.cart)).totalMinor }))).toBe('id_exists_with_different_content');
    const count = await w.t.db.tx.read((tx) => tx.get('SELECT count(*) AS n FROM sale'));
    expect(count?.['n']).toBe(1);
  });

  it('refuses a changed total, short cash, an over-paid card mix, and an empty cart, writing nothing', async () => {
    const cart = cartOf(w.products.slice(0, 1));
    const priced = await w.price(cart);
    const before = await w.t.mark();
    const tender = (amountMinor: number) => [{ kind: 'cash', tenderId: newId(), amountMinor }];
    expect(code(await w.call('sales.complete', { saleId: newId(), cart, expectedTotalMinor: priced.totalMinor + 1, tenders: tender(5_000) }))).toBe('total_changed');
    expect(code(await w.call('sales.complete', { saleId: newId(), cart, expectedTotalMinor: priced.totalMinor, tenders: tender(1) }))).toBe('tenders_mismatch');
    const ext = [{ kind: 'external_card', tenderId: newId(), amountMinor: priced.totalMinor + 1, approvalCode: 'A1' }];
    expect(code(await w.call('sales.complete', { saleId: newId(), cart, expectedTotalMinor: priced.totalMinor, tenders: ext }))).toBe('tenders_mismatch');
    const empty = { ...cart, lines: [] };
    expect(code(await w.call('sales.complete', { saleId: newId(), cart: empty, expectedTotalMinor: 0, tenders: [] }))).toBe('cart_empty');
    expect((await w.t.mark()).headSeq).toBe(before.headSeq);
  });

  it('splits cash + Tillbook card exactly: the hold captured in the sale batch, change from the cash part only', async () => {
    const cart = cartOf(w.products, [1, 1, 1]);
    const priced = await w.price(cart);
    const cardPart = 3_000;
    const { cardId, authorizationId } = await w.cardAuthorization(cardPart);
    const tenderId = newId();
    const done = await w.ok<Completed>('sales.complete', {
      saleId: newId(), cart, expectedTotalMinor: priced.totalMinor,
      tenders: [{ kind: 'card', tenderId, authorizationId }, { kind: 'cash', tenderId: newId(), amountMinor: 5_000 }],
    });
    expect(done.changeMinor).toBe(5_000 - (priced.totalMinor - cardPart));
    const captured = await w.t.db.tx.read((tx) => recordsOf(tx, tenderId, ['card.payment.captured']));
    expect(captured.map((r) => r.body)).toEqual([{ operationId: tenderId, authorizationId, cardId, currency: 'CNY', amountMinor: cardPart, releasedMinor: 0 }]);
    const tenders = await w.t.db.tx.read((tx) => tx.all('SELECT kind, amount_minor FROM sale_tender ORDER BY tender_no'));
    expect(tenders.map((r) => [r['kind'], r['amount_minor']])).toEqual([['card', cardPart], ['cash', priced.totalMinor - cardPart]]);
    // The authorisation paid once: a second sale naming it is refused.
    const again = { saleId: newId(), cart: cartOf(w.products, [1, 1, 1]), expectedTotalMinor: priced.totalMinor, tenders: [{ kind: 'card', tenderId: newId(), authorizationId }, { kind: 'cash', tenderId: newId(), amountMinor: 9_000 }] };
    expect(code(await w.call('sales.complete', again))).toBe('hold_already_resolved');
  });

  it('pays by wallet QR (address), external card and an approved provider payment', async () => {
    const cart = cartOf(w.products, [1, 1, 1]);
    const priced = await w.price(cart);
    const wallet = await w.walletWith(2_000);
    const payment = await w.ok<{ status: string }>('payments.request', { paymentId: newId(), saleId: newId(), method: 'alipay', amountMinor: 1_000, currency: 'CNY' });
    expect(payment.status).toBe('approved');
    const paymentId = (payment as unknown as { paymentId: string }).paymentId;
    const tenders = [
      { kind: 'wallet', tenderId: newId(), walletAddress: wallet.address, amountMinor: 2_000 },
      { kind: 'provider', tenderId: newId(), paymentId },
      { kind: 'external_card', tenderId: newId(), amountMinor: priced.totalMinor - 3_000, approvalCode: 'APPR-77' },
    ];
    const done = await w.ok<Completed>('sales.complete', { saleId: newId(), cart, expectedTotalMinor: priced.totalMinor, tenders });
    expect(done.changeMinor).toBe(0);
    const used = { saleId: newId(), cart: cartOf(w.products, [1, 1, 1]), expectedTotalMinor: priced.totalMinor, tenders: [{ kind: 'provider', tenderId: newId(), paymentId }, { kind: 'cash', tenderId: newId(), amountMinor: 90_000 }] };
    expect(code(await w.call('sales.complete', used))).toBe('payment_already_used');
    const broke = { saleId: newId(), cart: cartOf(w.products, [1, 1, 1]), expectedTotalMinor: priced.totalMinor, tenders: [{ kind: 'wallet', tenderId: newId(), walletAddress: wallet.address, amountMinor: priced.totalMinor }] };
    expect(code(await w.call('sales.complete', broke))).toBe('insufficient_funds');
  });

  it('refuses to sell without an open shift', async () => {
    const w2 = await salesWorld({ shift: false });
    try {
      const cart = cartOf(w2.products.slice(0, 1));
      expect(code(await sellForCash(w2, cart))).toBe('shift_not_open');
    } finally {
      await w2.t.close();
    }
  });
});
