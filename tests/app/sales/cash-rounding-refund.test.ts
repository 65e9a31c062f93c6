import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT_KINDS } from '../../../shared/domain/account-kinds';
import { newId } from '../../../shared/domain/ids';
import { expectOk, createTestApp, setupWithStaff } from '../../support/test-app';
import { MANAGER, code, seedProducts, sellForCash, worldOn, type Cart, type SalesWorld } from './sales-fixture';

/**
 * Cash refunds where the smallest coins are withdrawn (CHF 0.05): the drawer pays out only whole
 * increments, the difference goes to the rounding account, and the cash given back over all of a
 * sale's refunds is never more than the cash it took, and exactly that once every line is back.
 */
let w: SalesWorld;
afterEach(async () => w.t.close());

/** A CHF shop (set before any sale), no tax, the products priced in CHF, a shift open. */
async function chfWorld(prices: readonly number[]): Promise<SalesWorld> {
  const t = await createTestApp();
  const { owner } = await setupWithStaff(t, [{ ...MANAGER, role: 'manager' }]);
  expectOk(await t.call('settings.update', { currency: 'CHF' }));
  const products = await seedProducts(t.db, prices.map((priceMinor, i) => ({ sku: `CHF-${i}`, name: `Item ${i}`, priceMinor, taxClass: 'standard' })), 'CHF');
  return worldOn(t, owner, products, true);
}

const chfCart = (world: SalesWorld): Cart => ({
  cartId: newId(), currency: 'CHF', lines: world.products.map((p) => ({ lineId: newId(), productId: p.productId, quantityMilli: 1000 })),
});

type Refunded = { totalMinor: number; tenders: { kind: string; amountMinor: number }[]; receipt: { cashRoundingMinor: number } };
type Detail = { refundableMinor: number; lines: { lineId: string }[]; tenders: { kind: string; refundableMinor: number }[] };

async function refundLine(saleId: string, lineId: string): Promise<Refunded> {
  const refundId = newId();
  return w.ok<Refunded>('sales.refund', { refundId, saleId, lines: [{ lineId, quantityMilli: 1000 }], approvalId: await w.refundGrant(saleId, refundId) });
}

const cashOf = (r: Refunded): number => r.tenders.find((t) => t.kind === 'cash')?.amountMinor ?? 0;

describe('cash refunds in a currency that rounds cash', () => {
  it('a sale rounded down is refunded in full: the drawer pays back what it took, the rounding is reversed', async () => {
    w = await chfWorld([1_002]);
    const sold = await sellForCash(w, chfCart(w));
    if (!sold.ok) throw new Error(code(sold));
    const detail = await w.ok<Detail>('sales.find', { saleId: sold.value.saleId });
    expect(detail.tenders).toEqual([expect.objectContaining({ kind: 'cash', refundableMinor: 1_000 })]);
    const refunded = await refundLine(sold.value.saleId, detail.lines[0]?.lineId ?? '');
    expect(refunded.totalMinor).toBe(1_002);
    expect(cashOf(refunded)).toBe(1_000);
    expect(refunded.receipt.cashRoundingMinor).toBe(-2);
    const after = await w.ok<Detail>('sales.find', { saleId: sold.value.saleId });
    expect(after.refundableMinor).toBe(0);
    expect(after.tenders[0]?.refundableMinor).toBe(0);
    expect((await w.ok<{ ok: boolean }>('ledger.verify', {})).ok).toBe(true);
  });

  it('line by line, each payout is whole increments and together they are exactly the cash taken', async () => {
    // 5.03 + 5.03 = 10.06, paid 10.05 in cash; refunded one by one: 5.05 then 5.00 (never 5.05 twice)
    w = await chfWorld([503, 503]);
    const sold = await sellForCash(w, chfCart(w));
    if (!sold.ok) throw new Error(code(sold));
    const detail = await w.ok<Detail>('sales.find', { saleId: sold.value.saleId });
    const first = await refundLine(sold.value.saleId, detail.lines[0]?.lineId ?? '');
    const second = await refundLine(sold.value.saleId, detail.lines[1]?.lineId ?? '');
    expect([first.totalMinor, second.totalMinor]).toEqual([503, 503]);
    expect([cashOf(first), cashOf(second)]).toEqual([505, 500]);
    expect([first.receipt.cashRoundingMinor, second.receipt.cashRoundingMinor]).toEqual([2, -3]);
    expect(cashOf(first) + cashOf(second)).toBe(1_005);
    expect((await w.ok<{ ok: boolean }>('ledger.verify', {})).ok).toBe(true);
    const balances = await w.t.db.tx.read((tx) => tx.all(
      `SELECT a.kind, a.debits_posted - a.credits_posted AS net FROM account a JOIN ledger l ON l.id = a.ledger_id
       WHERE l.currency = 'CHF' AND a.kind IN (?, ?) ORDER BY a.kind`,
      [ACCOUNT_KINDS.cashRounding.kind, ACCOUNT_KINDS.merchantSales.kind],
    ));
    // every line back: the sale and its refunds leave nothing in sales and nothing in rounding
    expect(balances).toEqual([{ kind: ACCOUNT_KINDS.cashRounding.kind, net: 0 }, { kind: ACCOUNT_KINDS.merchantSales.kind, net: 0 }]);
  });
});
