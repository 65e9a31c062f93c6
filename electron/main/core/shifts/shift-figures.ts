import type { DrawerTotals, GrandTotals, PeriodTotals } from '../../../../shared/domain/records/shifts';
import type { SalesTotals } from '../../../../shared/domain/sales/totals';

/** A sum that left the safe-integer range is a bug upstream (amounts are bounded far below it). */
function safe(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} left the safe-integer range`);
  return n;
}

/** The period figures a Z and an X report show, from the sales totals of the shift. */
export function periodFrom(s: SalesTotals): PeriodTotals {
  return {
    saleCount: s.saleCount, refundCount: s.refundCount, voidCount: s.voidCount, grossMinor: s.grossMinor, discountMinor: s.discountMinor,
    netMinor: s.netMinor, taxMinor: s.taxMinor, totalMinor: s.totalMinor, refundsMinor: s.refundsMinor,
    byTax: s.byTax.map((t) => ({ taxClass: t.taxClass, rateBp: t.rateBp, netMinor: t.netMinor, taxMinor: t.taxMinor, totalMinor: t.totalMinor })),
    byTender: s.byTender.map((t) => ({ kind: t.kind, salesMinor: t.salesMinor, refundsMinor: t.refundsMinor })),
  };
}

export type DrawerInputs = {
  readonly floatMinor: number;
  readonly cashTakenMinor: number;
  readonly cashRefundedMinor: number;
  readonly paidInMinor: number;
  readonly paidOutMinor: number;
  readonly paidInCount: number;
  readonly paidOutCount: number;
  readonly noSaleCount: number;
  /**
   * The drawer account's posted balance now (debits − credits). The opening set it to the float,
   * so it is what the drawer should hold: the float and everything that moved cash since.
   */
  readonly drawerBalanceMinor: number;
};

/**
 * The drawer's figures. Expected cash is the drawer account's balance; the sales-side formula
 * (float + cash taken − cash refunded + paid in − paid out) explains it, and what it does not
 * explain (a top-up or voucher paid in cash) is `otherCashMinor`. Over/short = counted − expected.
 */
export function drawerFigures(i: DrawerInputs, countedMinor: number | null): DrawerTotals {
  const explained = safe(i.floatMinor + i.cashTakenMinor - i.cashRefundedMinor + i.paidInMinor - i.paidOutMinor, 'expected cash');
  const expectedMinor = i.drawerBalanceMinor;
  return {
    floatMinor: i.floatMinor, cashTakenMinor: i.cashTakenMinor, cashRefundedMinor: i.cashRefundedMinor,
    paidInMinor: i.paidInMinor, paidOutMinor: i.paidOutMinor, otherCashMinor: safe(expectedMinor - explained, 'other cash'),
    expectedMinor, countedMinor, overShortMinor: countedMinor === null ? null : safe(countedMinor - expectedMinor, 'over/short'),
    paidInCount: i.paidInCount, paidOutCount: i.paidOutCount, noSaleCount: i.noSaleCount,
  };
}

export const ZERO_GRAND_TOTALS: GrandTotals = {
  saleCount: 0, refundCount: 0, voidCount: 0, salesMinor: 0, refundsMinor: 0, totalMinor: 0, netMinor: 0, taxMinor: 0, absoluteMinor: 0,
};

/**
 * The perpetual grand totals after a period: the previous Z's (of the same terminal and currency;
 * zero for the first) plus this period's. Never reset. Sales = total + refunds (what was sold
 * before anything was given back); absolute = sales + refunds (NF525's total in absolute value).
 */
export function carryGrandTotals(previous: GrandTotals | null, p: PeriodTotals): GrandTotals {
  const g = previous ?? ZERO_GRAND_TOTALS;
  const sales = safe(p.totalMinor + p.refundsMinor, 'period sales');
  return {
    saleCount: safe(g.saleCount + p.saleCount, 'grand sale count'),
    refundCount: safe(g.refundCount + p.refundCount, 'grand refund count'),
    voidCount: safe(g.voidCount + p.voidCount, 'grand void count'),
    salesMinor: safe(g.salesMinor + sales, 'grand sales'),
    refundsMinor: safe(g.refundsMinor + p.refundsMinor, 'grand refunds'),
    totalMinor: safe(g.totalMinor + p.totalMinor, 'grand total'),
    netMinor: safe(g.netMinor + p.netMinor, 'grand net'),
    taxMinor: safe(g.taxMinor + p.taxMinor, 'grand tax'),
    absoluteMinor: safe(g.absoluteMinor + sales + p.refundsMinor, 'grand absolute total'),
  };
}
