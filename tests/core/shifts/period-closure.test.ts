import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPeriod, closureCurrencies, isKnownTimeZone, isPeriodOver, nextPeriodKey, periodKeyOf, zCountInMonth, ZERO_CLOSURE_TOTALS, type ZFigures,
} from '../../../electron/main/core/shifts/period-closure';
import { carryGrandTotals } from '../../../electron/main/core/shifts/shift-figures';
import type { PeriodTotals } from '../../../shared/domain/records/shifts';
import { fcSeed } from '../../support/fc-seed';

const at = (iso: string) => Date.parse(iso);

function period(totalMinor: number, over: Partial<PeriodTotals> = {}): PeriodTotals {
  return {
    saleCount: 1, refundCount: 0, voidCount: 0, grossMinor: totalMinor, discountMinor: 0, netMinor: totalMinor, taxMinor: 0, totalMinor,
    refundsMinor: 0, byTax: [{ taxClass: 'standard', rateBp: 0, netMinor: totalMinor, taxMinor: 0, totalMinor }],
    byTender: [{ kind: 'cash', salesMinor: totalMinor, refundsMinor: 0 }], ...over,
  };
}

const z = (zNumber: number, iso: string, currency = 'EUR', totalMinor = 100, overShortMinor = 0): ZFigures =>
  ({ zNumber, closedAtMs: at(iso), currency, period: period(totalMinor), overShortMinor });

describe('period keys in a time zone', () => {
  it('puts an instant in the month and year of the zone’s calendar', () => {
    const lateJanuaryUtc = at('2026-01-31T23:30:00Z');
    expect(periodKeyOf('month', lateJanuaryUtc, 'UTC')).toBe('2026-01');
    expect(periodKeyOf('month', lateJanuaryUtc, 'Asia/Shanghai')).toBe('2026-02');
    expect(periodKeyOf('month', lateJanuaryUtc, 'America/New_York')).toBe('2026-01');
    const newYearUtc = at('2026-01-01T02:00:00Z');
    expect(periodKeyOf('month', newYearUtc, 'America/New_York')).toBe('2025-12');
    expect(periodKeyOf('year', newYearUtc, 'America/New_York')).toBe('2025');
    expect(periodKeyOf('year', newYearUtc, 'Europe/Paris')).toBe('2026');
  });

  it('follows daylight saving time at a month edge (Paris in summer is UTC+2)', () => {
    expect(periodKeyOf('month', at('2026-06-30T22:30:00Z'), 'Europe/Paris')).toBe('2026-07');
    expect(periodKeyOf('month', at('2026-06-30T21:30:00Z'), 'Europe/Paris')).toBe('2026-06');
  });

  it('steps to the next month across a year end, and to the next year', () => {
    expect(nextPeriodKey('month', '2026-09')).toBe('2026-10');
    expect(nextPeriodKey('month', '2026-12')).toBe('2027-01');
    expect(nextPeriodKey('year', '2026')).toBe('2027');
  });

  it('a period is over only once the zone’s calendar has left it', () => {
    const shanghaiFebruary = at('2026-01-31T16:00:00Z');
    expect(isPeriodOver('month', '2026-01', shanghaiFebruary, 'Asia/Shanghai')).toBe(true);
    expect(isPeriodOver('month', '2026-01', shanghaiFebruary, 'UTC')).toBe(false);
    expect(isPeriodOver('year', '2026', at('2026-12-31T23:59:59Z'), 'UTC')).toBe(false);
    expect(isPeriodOver('year', '2026', at('2027-01-01T00:00:00Z'), 'UTC')).toBe(true);
  });

  it('knows the zones Intl knows', () => {
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('which Zs a month takes', () => {
  it('takes the run of Zs closed in the month or before, and stops at the first of a later month', () => {
    const zs = [z(1, '2026-01-03T10:00:00Z'), z(2, '2026-01-31T20:00:00Z'), z(3, '2026-02-01T09:00:00Z'), z(4, '2026-01-20T09:00:00Z')];
    expect(zCountInMonth(zs, '2026-01', 'UTC')).toBe(2);
    // Z 4 was closed under a clock set back into January: it goes to February's closure, after Z 3, never skipped.
    expect(zCountInMonth(zs.slice(2), '2026-02', 'UTC')).toBe(2);
    // In Shanghai Z 2 (04:00 on 1 February) is already February's.
    expect(zCountInMonth(zs, '2026-01', 'Asia/Shanghai')).toBe(1);
    expect(zCountInMonth([], '2026-01', 'UTC')).toBe(0);
  });
});

describe('closure sums', () => {
  it('adds tax lines by class and rate and tender lines by kind, in a fixed order', () => {
    const a = period(1_000, {
      byTax: [{ taxClass: 'reduced', rateBp: 550, netMinor: 948, taxMinor: 52, totalMinor: 1_000 }],
      byTender: [{ kind: 'card', salesMinor: 1_000, refundsMinor: 0 }],
    });
    const b = period(2_000, {
      byTax: [
        { taxClass: 'standard', rateBp: 2_000, netMinor: 833, taxMinor: 167, totalMinor: 1_000 },
        { taxClass: 'reduced', rateBp: 550, netMinor: 948, taxMinor: 52, totalMinor: 1_000 },
      ],
      byTender: [{ kind: 'cash', salesMinor: 2_000, refundsMinor: 50 }],
    });
    const sum = addPeriod(addPeriod(ZERO_CLOSURE_TOTALS, a), b);
    expect(sum.totalMinor).toBe(3_000);
    expect(sum.saleCount).toBe(2);
    expect(sum.byTax).toEqual([
      { taxClass: 'reduced', rateBp: 550, netMinor: 1_896, taxMinor: 104, totalMinor: 2_000 },
      { taxClass: 'standard', rateBp: 2_000, netMinor: 833, taxMinor: 167, totalMinor: 1_000 },
    ]);
    expect(sum.byTender).toEqual([{ kind: 'card', salesMinor: 1_000, refundsMinor: 0 }, { kind: 'cash', salesMinor: 2_000, refundsMinor: 50 }]);
  });

  it('keeps every currency of the previous closure, with zero totals and its grand totals when the month had none', () => {
    const january = closureCurrencies([], [z(1, '2026-01-03T10:00:00Z', 'EUR', 500, -20), z(2, '2026-01-04T10:00:00Z', 'CHF', 300)]);
    expect(january.map((c) => [c.currency, c.zCount, c.totals.totalMinor, c.overShortMinor, c.grandTotals.totalMinor])).toEqual([
      ['CHF', 1, 300, 0, 300], ['EUR', 1, 500, -20, 500],
    ]);
    const february = closureCurrencies(january, [z(3, '2026-02-03T10:00:00Z', 'EUR', 700)]);
    expect(february.map((c) => [c.currency, c.zCount, c.totals.totalMinor, c.grandTotals.totalMinor, c.grandTotals.saleCount])).toEqual([
      ['CHF', 0, 0, 300, 1], ['EUR', 1, 700, 1_200, 2],
    ]);
  });

  it('property: the grand totals after closures taken month by month are the Zs’ own, however the Zs fall into months', () => {
    const zArb = fc.record({
      currency: fc.constantFrom('EUR', 'CHF'), totalMinor: fc.integer({ min: -5_000, max: 1_000_000 }),
      refundsMinor: fc.integer({ min: 0, max: 5_000 }), taxMinor: fc.integer({ min: 0, max: 100_000 }), breakAfter: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(zArb, { minLength: 0, maxLength: 40 }), (specs) => {
        const zs: ZFigures[] = specs.map((s, i) => ({
          zNumber: i + 1, closedAtMs: 0, currency: s.currency, overShortMinor: 0,
          period: period(s.totalMinor, { refundsMinor: s.refundsMinor, taxMinor: s.taxMinor, netMinor: s.totalMinor - s.taxMinor }),
        }));
        // The Zs' own grand totals: each carried on from the previous Z of its currency.
        const own = new Map<string, ReturnType<typeof carryGrandTotals>>();
        for (const zf of zs) own.set(zf.currency, carryGrandTotals(own.get(zf.currency) ?? null, zf.period));
        let sections = closureCurrencies([], []);
        let start = 0;
        specs.forEach((s, i) => {
          if (s.breakAfter || i === specs.length - 1) {
            sections = closureCurrencies(sections, zs.slice(start, i + 1));
            start = i + 1;
          }
        });
        expect(new Map(sections.map((c) => [c.currency, c.grandTotals]))).toEqual(own);
      }),
      { seed: fcSeed('closure grand totals'), numRuns: 300 },
    );
  });
});
