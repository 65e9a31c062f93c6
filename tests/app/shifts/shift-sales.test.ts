import { format, startOfHour } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import type { XReport, ZReportView } from '../../../shared/ipc/contract/shifts-schemas';
import type { SalesReport } from '../../../shared/ipc/contract/reports-schemas';
import { saleTotals } from '../../../electron/main/db/repositories/sale-totals.repo';
import { cartOf, OWNER, salesWorld, sellForCash, type SalesWorld } from '../sales/sales-fixture';
import { drawerNow } from './shift-helpers';

/**
 * A shift with real sales (SALES's sales.complete, refund, void): the X and Z figures are the
 * sales totals, the drawer's expected cash is explained by them (plus a wallet top-up in cash),
 * the close posts over/short so the drawer account equals the count, and the reports' groups
 * add up to the sale and refund rows.
 */
let w: SalesWorld;
beforeEach(async () => {
  w = await salesWorld();
});
afterEach(async () => w.t.close());

type Sold = { saleId: string; totalMinor: number };

async function trade(): Promise<{ sales: Sold[]; lineIds: string[] }> {
  const cartA = cartOf(w.products, [2, 1, 1]);
  const a = await w.ok<Sold>('sales.complete', {
    saleId: newId(), cart: cartA, expectedTotalMinor: (await w.price(cartA)).totalMinor, tenders: [{ kind: 'cash', tenderId: newId(), amountMinor: 20_000 }],
  });
  // An hour later (another hour bucket): the idle lock has locked the till, the owner unlocks it.
  w.t.clock.advance(3_600_000);
  await w.ok('staff.unlock', { secret: OWNER.secret });
  const b = await sellForCash(w, cartOf(w.products.slice(0, 1), [3]));
  const c = await sellForCash(w, cartOf(w.products.slice(1, 2)));
  if (!b.ok || !c.ok) throw new Error('a cash sale failed');
  // A refund of one tea of sale A (cash back from the drawer), and a void of sale C.
  const refundId = newId();
  await w.ok('sales.refund', { refundId, saleId: a.saleId, lines: [{ lineId: cartA.lines[0]?.lineId, quantityMilli: 1000 }], approvalId: await w.refundGrant(a.saleId, refundId) });
  const voidId = newId();
  await w.ok('sales.void', { voidId, saleId: c.value.saleId, approvalId: await w.voidGrant(c.value.saleId, voidId) });
  return { sales: [a, b.value, c.value], lineIds: cartA.lines.map((l) => l.lineId) };
}

describe('a shift with sales', () => {
  it('X and Z show the sales totals; expected cash is the drawer account; over/short makes it the count', async () => {
    const { sales } = await trade();
    // Cash that is not a sale: a wallet top-up paid in cash lands in the same drawer.
    await w.walletWith(5_000);
    const x = await w.ok<XReport>('shifts.xReport', {});
    const totals = await w.t.db.tx.read((tx) => saleTotals(tx, x.shift.shiftId));
    expect(x.period).toMatchObject({ saleCount: 3, refundCount: 1, voidCount: 1, totalMinor: totals.totalMinor, refundsMinor: totals.refundsMinor });
    const soldTotal = sales.reduce((s, v) => s + v.totalMinor, 0);
    expect(x.period.totalMinor).toBe(soldTotal - x.period.refundsMinor);
    expect(x.period.byTax.reduce((s, t) => s + t.totalMinor, 0)).toBe(x.period.totalMinor);
    expect(x.drawer).toMatchObject({ floatMinor: 10_000, cashTakenMinor: totals.cashTakenMinor, cashRefundedMinor: totals.cashRefundedMinor, otherCashMinor: 5_000 });
    expect(x.drawer.expectedMinor).toBe(10_000 + totals.cashTakenMinor - totals.cashRefundedMinor + 5_000);
    expect(await drawerNow(w.t)).toBe(x.drawer.expectedMinor);

    const counted = x.drawer.expectedMinor - 30;
    expect(x.drawer).toMatchObject({ countedMinor: null, overShortMinor: null });
    // the close review's figures: the same X with the count, core's over/short, nothing posted
    const review = await w.ok<XReport>('shifts.xReport', { countedCashMinor: counted });
    expect(review.drawer).toMatchObject({ expectedMinor: x.drawer.expectedMinor, countedMinor: counted, overShortMinor: -30 });
    expect(await drawerNow(w.t)).toBe(x.drawer.expectedMinor);
    const { z } = await w.ok<{ z: ZReportView }>('shifts.close', { shiftId: x.shift.shiftId, countedCashMinor: counted, confirmUnsynced: true });
    expect(z.period).toEqual(x.period);
    expect(z.drawer).toMatchObject({ expectedMinor: x.drawer.expectedMinor, countedMinor: counted, overShortMinor: -30 });
    expect(z.grandTotals).toMatchObject({ saleCount: 3, refundCount: 1, voidCount: 1, totalMinor: x.period.totalMinor, salesMinor: soldTotal });
    expect(await drawerNow(w.t)).toBe(counted);
    expect((await w.t.app.useCases.verifyLedger()).problems).toEqual([]);
  });

  it('every report grouping adds up to the sale and refund rows, net of refunds and voids', async () => {
    const start = w.t.clock.nowMs();
    await trade();
    const range = { fromMs: start - 86_400_000, toMs: w.t.clock.nowMs() + 1 };
    const rows = await w.t.db.tx.read(async (tx) => ({
      sales: Number((await tx.get('SELECT sum(total_minor) AS n FROM sale'))?.['n']),
      refunds: Number((await tx.get('SELECT sum(total_minor) AS n FROM refund'))?.['n']),
      tax: Number((await tx.get('SELECT (SELECT sum(tax_minor) FROM sale) - (SELECT sum(tax_minor) FROM refund) AS n'))?.['n']),
      times: (await tx.all('SELECT completed_at_ms AS t FROM sale')).map((r) => Number(r['t'])),
    }));
    const net = rows.sales - rows.refunds;
    for (const groupBy of ['hour', 'day', 'product', 'category', 'tender', 'staff'] as const) {
      const report = await w.ok<SalesReport>('reports.sales', { ...range, groupBy });
      expect(report.totals, groupBy).toEqual([expect.objectContaining({ currency: 'CNY', saleCount: 3, refundCount: 1, voidCount: 1, salesMinor: rows.sales, refundsMinor: rows.refunds, totalMinor: net, taxMinor: rows.tax })]);
      expect(report.rows.reduce((s, r) => s + r.totalMinor, 0), groupBy).toBe(net);
      expect(report.rows.every((r) => r.totalMinor === r.salesMinor - r.refundsMinor), groupBy).toBe(true);
      if (groupBy !== 'tender') expect(report.rows.reduce((s, r) => s + (r.taxMinor ?? 0), 0), groupBy).toBe(rows.tax);
    }
    const hourly = await w.ok<SalesReport>('reports.sales', { ...range, groupBy: 'hour' });
    expect(hourly.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const hours = [...new Set(rows.times.map((ms) => format(startOfHour(new Date(ms)), 'yyyy-MM-dd HH:00')))];
    expect(hours.every((h) => hourly.rows.some((r) => r.key === h))).toBe(true);
    const byProduct = await w.ok<SalesReport>('reports.sales', { ...range, groupBy: 'product' });
    const tea = byProduct.rows.find((r) => r.label === 'Green tea');
    expect(tea?.quantityMilli).toBe((2 + 3 - 1) * 1000);
    const taxes = await w.ok<{ rows: { taxMinor: number; totalMinor: number }[] }>('reports.taxes', range);
    expect(taxes.rows.reduce((s, r) => s + r.taxMinor, 0)).toBe(rows.tax);
    expect(taxes.rows.reduce((s, r) => s + r.totalMinor, 0)).toBe(net);
  });

  it('stored value lists the wallet balances per currency', async () => {
    await w.walletWith(7_500);
    await w.walletWith(2_500);
    const stored = await w.ok<{ rows: { currency: string; walletsMinor: number; walletAccounts: number; totalMinor: number }[] }>('reports.storedValue', {});
    expect(stored.rows).toEqual([expect.objectContaining({ currency: 'CNY', walletsMinor: 10_000, walletAccounts: 2, totalMinor: 10_000 })]);
  });
});
