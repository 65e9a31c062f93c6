import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryGrandTotals, drawerFigures, periodFrom, ZERO_GRAND_TOTALS, type DrawerInputs } from '../../../electron/main/core/shifts/shift-figures';
import { fcSeed } from '../../support/fc-seed';

const inputs = (over: Partial<DrawerInputs> = {}): DrawerInputs => ({
  floatMinor: 10_000, cashTakenMinor: 5_430, cashRefundedMinor: 1_200, paidInMinor: 2_000, paidOutMinor: 700,
  paidInCount: 1, paidOutCount: 2, noSaleCount: 3, drawerBalanceMinor: 15_530, ...over,
});

describe('drawer arithmetic', () => {
  it('expected = float + cash taken − cash refunded + paid in − paid out; over/short = counted − expected', () => {
    expect(drawerFigures(inputs(), 15_480)).toEqual({
      floatMinor: 10_000, cashTakenMinor: 5_430, cashRefundedMinor: 1_200, paidInMinor: 2_000, paidOutMinor: 700, otherCashMinor: 0,
      expectedMinor: 15_530, countedMinor: 15_480, overShortMinor: -50, paidInCount: 1, paidOutCount: 2, noSaleCount: 3,
    });
    expect(drawerFigures(inputs(), 15_600).overShortMinor).toBe(70);
    expect(drawerFigures(inputs(), null)).toMatchObject({ countedMinor: null, overShortMinor: null });
  });

  it('cash the sales do not explain (a top-up paid in cash) is other cash, and still expected in the drawer', () => {
    expect(drawerFigures(inputs({ drawerBalanceMinor: 20_530 }), 20_530)).toMatchObject({ otherCashMinor: 5_000, expectedMinor: 20_530, overShortMinor: 0 });
  });

  it('for any figures, expected is explained to the unit and counted = expected + over/short', () => {
    const amount = fc.integer({ min: 0, max: 1_000_000_000 });
    fc.assert(fc.property(amount, amount, amount, amount, amount, fc.integer({ min: -1e9, max: 1e9 }), amount, (float, taken, refunded, paidIn, paidOut, other, counted) => {
      const explained = float + taken - refunded + paidIn - paidOut;
      const d = drawerFigures(inputs({
        floatMinor: float, cashTakenMinor: taken, cashRefundedMinor: refunded, paidInMinor: paidIn, paidOutMinor: paidOut, drawerBalanceMinor: explained + other,
      }), counted);
      expect(d.floatMinor + d.cashTakenMinor - d.cashRefundedMinor + d.paidInMinor - d.paidOutMinor + d.otherCashMinor).toBe(d.expectedMinor);
      expect(d.expectedMinor + (d.overShortMinor ?? Number.NaN)).toBe(counted);
    }), { seed: fcSeed('drawer arithmetic'), numRuns: 500 });
  });

  it('refuses a sum outside the safe integers instead of rounding it', () => {
    expect(() => drawerFigures(inputs({ floatMinor: Number.MAX_SAFE_INTEGER, cashTakenMinor: 2 }), 0)).toThrow(/safe-integer/);
  });
});

const sales = {
  currency: 'CNY', saleCount: 3, refundCount: 1, voidCount: 1, grossMinor: 12_000, discountMinor: 500, netMinor: 8_000, taxMinor: 1_040,
  totalMinor: 9_040, refundsMinor: 2_460, byTax: [{ taxClass: 'standard', rateBp: 1300, netMinor: 8_000, taxMinor: 1_040, totalMinor: 9_040 }],
  byTender: [{ kind: 'cash', salesMinor: 6_000, refundsMinor: 2_460 }, { kind: 'card', salesMinor: 5_500, refundsMinor: 0 }],
  cashTakenMinor: 6_000, cashRefundedMinor: 2_460,
};

describe('perpetual grand totals', () => {
  it('start from zero and add each period: sales = total + refunds, absolute = sales + refunds', () => {
    const first = carryGrandTotals(null, periodFrom(sales));
    expect(first).toEqual({
      saleCount: 3, refundCount: 1, voidCount: 1, salesMinor: 11_500, refundsMinor: 2_460, totalMinor: 9_040, netMinor: 8_000, taxMinor: 1_040,
      absoluteMinor: 13_960,
    });
    const second = carryGrandTotals(first, periodFrom({ ...sales, totalMinor: -300, refundsMinor: 300, saleCount: 0, netMinor: -265, taxMinor: -35 }));
    expect(second).toMatchObject({ saleCount: 3, refundCount: 2, salesMinor: 11_500, refundsMinor: 2_760, totalMinor: 8_740, absoluteMinor: 14_260 });
    expect(carryGrandTotals(ZERO_GRAND_TOTALS, periodFrom(sales))).toEqual(first);
  });

  it('are never reset: over any sequence of periods they equal the plain sums', () => {
    const period = fc.record({
      totalMinor: fc.integer({ min: -1e8, max: 1e9 }), refundsMinor: fc.integer({ min: 0, max: 1e8 }), netMinor: fc.integer({ min: -1e8, max: 1e9 }),
      taxMinor: fc.integer({ min: -1e7, max: 1e8 }), saleCount: fc.nat(1000), refundCount: fc.nat(100), voidCount: fc.nat(100),
    });
    fc.assert(fc.property(fc.array(period, { maxLength: 30 }), (periods) => {
      let grand = null as ReturnType<typeof carryGrandTotals> | null;
      for (const p of periods) grand = carryGrandTotals(grand, periodFrom({ ...sales, ...p }));
      const sum = (f: (p: (typeof periods)[number]) => number) => periods.reduce((a, p) => a + f(p), 0);
      expect(grand ?? ZERO_GRAND_TOTALS).toEqual({
        saleCount: sum((p) => p.saleCount), refundCount: sum((p) => p.refundCount), voidCount: sum((p) => p.voidCount),
        salesMinor: sum((p) => p.totalMinor + p.refundsMinor), refundsMinor: sum((p) => p.refundsMinor), totalMinor: sum((p) => p.totalMinor),
        netMinor: sum((p) => p.netMinor), taxMinor: sum((p) => p.taxMinor), absoluteMinor: sum((p) => p.totalMinor + 2 * p.refundsMinor),
      });
    }), { seed: fcSeed('grand totals'), numRuns: 300 });
  });
});
