import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cashIncrementMinor, roundToCashIncrement } from '../../../../../shared/domain/sales/cash-rounding';
import { fcSeed } from '../../../../support/fc-seed';

describe('cash rounding', () => {
  it('knows the increments of the currencies without small coins', () => {
    expect(['CHF', 'CAD', 'AUD', 'NZD', 'DKK', 'SEK', 'NOK', 'EUR', 'CNY', 'JPY'].map(cashIncrementMinor)).toEqual([5, 5, 5, 10, 50, 100, 100, 1, 1, 1]);
  });

  it('rounds to the nearest increment, exact halves away from zero, refunds mirrored', () => {
    expect([1002, 1003, 1007, 1008].map((a) => roundToCashIncrement(a, 5))).toEqual([1000, 1005, 1005, 1010]);
    expect(roundToCashIncrement(1005, 10)).toBe(1010); // NZD 10.05 → 10.10
    expect(roundToCashIncrement(1025, 50)).toBe(1050); // DKK 10.25 → 10.50
    expect(roundToCashIncrement(-1003, 5)).toBe(-1005);
    expect(Object.is(roundToCashIncrement(-2, 5), 0)).toBe(true); // never -0
    expect([1, 5].map((step) => Object.is(roundToCashIncrement(-0, step), 0))).toEqual([true, true]);
    expect(roundToCashIncrement(1003, 1)).toBe(1003);
  });

  it('property: a multiple of the increment, at most half an increment away', () => {
    const seed = fcSeed('sales.cashRounding');
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(1, 5, 10, 50, 100), (amount, step) => {
        const rounded = roundToCashIncrement(amount, step);
        expect(rounded % step === 0).toBe(true);
        expect(2 * Math.abs(rounded - amount)).toBeLessThanOrEqual(step);
        expect(roundToCashIncrement(-amount, step)).toBe(-rounded || 0);
      }),
      { seed, numRuns: 500 },
    );
  });
});
