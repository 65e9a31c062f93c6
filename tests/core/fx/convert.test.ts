import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert, FEE_BPS_MAX, type Conversion, type ConversionRequest } from '../../../electron/main/core/fx/convert';
import { currencyExponent } from '../../../shared/domain/currency';
import { AMOUNT_MINOR_MAX } from '../../../shared/domain/limits';
import type { RoundingMode } from '../../../shared/domain/rate';
import { fcSeed } from '../../support/fc-seed';

const NOW = 1_767_225_600_000;
const HOUR = 3_600_000;
const MODES: readonly RoundingMode[] = ['half_up', 'half_even', 'down', 'up'];

const base: ConversionRequest = {
  debitedMinor: 10_000,
  fromCurrency: 'EUR',
  toCurrency: 'JPY',
  quote: { rate: '162.5', source: 'manager', quotedAtMs: NOW - HOUR },
  feeBps: 0,
  mode: 'half_up',
  nowMs: NOW,
  maxAgeMs: 24 * HOUR,
};

function converted(request: Partial<ConversionRequest>): Conversion {
  const result = convert({ ...base, ...request });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function code(request: Partial<ConversionRequest>): string {
  const result = convert({ ...base, ...request });
  return result.ok ? 'ok' : result.error.code;
}

/**
 * An independent statement of "rounded once by mode": for the exact value n/d (n ≥ 0, d > 0),
 * does r qualify? down = floor, up = ceil, half_up = nearest with ties up, half_even = nearest
 * with ties to even. Written with cross-multiplication, not with rate.ts.
 */
function isRounding(r: bigint, n: bigint, d: bigint, mode: RoundingMode): boolean {
  const lower = n / d;
  const exact = n % d === 0n;
  const upper = exact ? lower : lower + 1n;
  const twice = 2n * (n - lower * d); // 2 × fractional part × d
  switch (mode) {
    case 'down': return r === lower;
    case 'up': return r === upper;
    case 'half_up': return r === (twice >= d && !exact ? upper : lower);
    case 'half_even':
      if (exact) return r === lower;
      if (twice > d) return r === upper;
      if (twice < d) return r === lower;
      return r === (lower % 2n === 0n ? lower : upper);
  }
}

describe('fx convert', () => {
  it('EUR 100.00 → JPY at 162.5: 16,250 yen, no fee', () => {
    expect(converted({})).toEqual({
      debitedMinor: 10_000, feeMinor: 0, convertedMinor: 10_000, creditedMinor: 16_250,
      fromCurrency: 'EUR', toCurrency: 'JPY', rate: { numerator: 1625, denominator: 10 },
      rateSource: 'manager', quotedAtMs: NOW - HOUR, feeBps: 0, mode: 'half_up',
    });
  });

  it('takes the fee in the source currency and converts the rest: debited = converted + fee', () => {
    // EUR 100.01 with a 1.5 % fee: fee 150.015 cents → 150 (half_up), 9,851 cents at 162.5 → ¥16,007.875 → 16,008.
    const c = converted({ debitedMinor: 10_001, feeBps: 150 });
    expect([c.feeMinor, c.convertedMinor, c.creditedMinor]).toEqual([150, 9_851, 16_008]);
    expect(converted({ debitedMinor: 10_001, feeBps: 150, mode: 'down' }).creditedMinor).toBe(16_007);
    expect(converted({ debitedMinor: 10_001, feeBps: 150, mode: 'up' })).toMatchObject({ feeMinor: 151, convertedMinor: 9_850, creditedMinor: 16_007 });
  });

  it.each(MODES)('rounds one tie by %s', (mode) => {
    // USD 0.05 at 0.5 EUR per USD is exactly 2.5 cents.
    const credited = { half_up: 3, half_even: 2, down: 2, up: 3 }[mode];
    expect(converted({ fromCurrency: 'USD', toCurrency: 'EUR', debitedMinor: 5, quote: { ...base.quote, rate: '0.5' }, mode }).creditedMinor).toBe(credited);
  });

  it('rescales between exponents (JPY 0 → BHD 3 → EUR 2) with one rounding', () => {
    expect(converted({ fromCurrency: 'JPY', toCurrency: 'BHD', debitedMinor: 1_000, quote: { ...base.quote, rate: { numerator: 25, denominator: 10_000 } } }).creditedMinor).toBe(2_500);
    expect(converted({ fromCurrency: 'BHD', toCurrency: 'EUR', debitedMinor: 1_234, quote: { ...base.quote, rate: '2.4' } }).creditedMinor).toBe(296);
  });

  it('accepts a quote exactly at the maximum age and refuses one a millisecond older', () => {
    expect(code({ quote: { ...base.quote, quotedAtMs: NOW - base.maxAgeMs } })).toBe('ok');
    expect(code({ quote: { ...base.quote, quotedAtMs: NOW - base.maxAgeMs - 1 } })).toBe('fx_rate_stale');
    expect(code({ quote: { ...base.quote, quotedAtMs: NOW }, maxAgeMs: 0 })).toBe('ok');
    expect(code({ quote: { ...base.quote, quotedAtMs: NOW + 1 } })).toBe('invalid_input');
  });

  it.each([
    [{ debitedMinor: 0 }, 'invalid_amount'],
    [{ debitedMinor: -5 }, 'invalid_amount'],
    [{ debitedMinor: 1.5 }, 'invalid_amount'],
    [{ debitedMinor: AMOUNT_MINOR_MAX + 1 }, 'invalid_amount'],
    [{ fromCurrency: 'XXX' }, 'unknown_currency'],
    [{ toCurrency: 'eur' }, 'unknown_currency'],
    [{ toCurrency: 'EUR' }, 'same_currency'],
    [{ feeBps: -1 }, 'invalid_input'],
    [{ feeBps: FEE_BPS_MAX + 1 }, 'invalid_input'],
    [{ feeBps: 0.5 }, 'invalid_input'],
    [{ quote: { ...base.quote, rate: '1e3' } }, 'invalid_input'],
    [{ quote: { ...base.quote, rate: '0' } }, 'invalid_input'],
    [{ quote: { ...base.quote, rate: '-1.2' } }, 'invalid_input'],
    [{ quote: { ...base.quote, rate: { numerator: 1, denominator: 0 } } }, 'invalid_input'],
    [{ quote: { ...base.quote, rate: { numerator: 0.1, denominator: 1 } } }, 'invalid_input'],
    [{ maxAgeMs: -1 }, 'invalid_input'],
    [{ nowMs: Number.NaN }, 'invalid_input'],
    [{ mode: 'nearest' as RoundingMode }, 'invalid_input'],
    // ¥1 at 0.0001 EUR/JPY is 0.01 cent: nothing to credit.
    [{ fromCurrency: 'JPY', toCurrency: 'EUR', debitedMinor: 1, quote: { ...base.quote, rate: '0.0001' } }, 'fx_amount_too_small'],
    [{ debitedMinor: 1, feeBps: FEE_BPS_MAX, mode: 'up' }, 'fx_amount_too_small'],
    [{ debitedMinor: AMOUNT_MINOR_MAX, quote: { ...base.quote, rate: '1000' } }, 'amount_overflow'],
  ] as const)('%o → %s', (request, expected) => {
    expect(code(request)).toBe(expected);
  });

  it('property: debited = converted + fee exactly, and fee and credited are each the exact value rounded once, for every mode', () => {
    const seed = fcSeed('fx convert');
    const currencies = fc.constantFrom('EUR', 'JPY', 'BHD', 'USD', 'CLF', 'KRW');
    fc.assert(
      fc.property(
        fc.constantFrom(...MODES),
        currencies,
        currencies,
        fc.integer({ min: 1, max: AMOUNT_MINOR_MAX }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: FEE_BPS_MAX }),
        (mode, from, to, debited, numerator, denominator, feeBps) => {
          fc.pre(from !== to);
          const result = convert({ ...base, mode, fromCurrency: from, toCurrency: to, debitedMinor: debited, feeBps, quote: { ...base.quote, rate: { numerator, denominator } } });
          if (!result.ok) {
            // Only the outcomes of the amount's size may refuse a well-formed request.
            expect(['fx_amount_too_small', 'amount_overflow']).toContain(result.error.code);
            return;
          }
          const c = result.value;
          expect(c.debitedMinor).toBe(debited);
          expect(c.convertedMinor + c.feeMinor).toBe(c.debitedMinor);
          expect(c.convertedMinor).toBeGreaterThanOrEqual(1);
          expect(c.creditedMinor).toBeGreaterThanOrEqual(1);
          expect(isRounding(BigInt(c.feeMinor), BigInt(debited) * BigInt(feeBps), 10_000n, mode)).toBe(true);
          const scaleTo = 10n ** BigInt(currencyExponent(to) ?? -1);
          const scaleFrom = 10n ** BigInt(currencyExponent(from) ?? -1);
          expect(isRounding(BigInt(c.creditedMinor), BigInt(c.convertedMinor) * BigInt(numerator) * scaleTo, BigInt(denominator) * scaleFrom, mode)).toBe(true);
        },
      ),
      { seed, numRuns: 4000 },
    );
  });

  it('property: the same holds where ties are common (small amounts, halves and quarters, same exponent)', () => {
    const seed = fcSeed('fx convert ties');
    fc.assert(
      fc.property(
        fc.constantFrom(...MODES),
        fc.integer({ min: 1, max: 1_000 }),
        fc.constantFrom(2, 4, 8),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(0, 50, 250, 5_000),
        (mode, debited, denominator, numerator, feeBps) => {
          const result = convert({ ...base, mode, fromCurrency: 'USD', toCurrency: 'EUR', debitedMinor: debited, feeBps, quote: { ...base.quote, rate: { numerator, denominator } } });
          if (!result.ok) {
            expect(result.error.code).toBe('fx_amount_too_small');
            return;
          }
          const c = result.value;
          expect(c.convertedMinor + c.feeMinor).toBe(debited);
          expect(isRounding(BigInt(c.feeMinor), BigInt(debited) * BigInt(feeBps), 10_000n, mode)).toBe(true);
          expect(isRounding(BigInt(c.creditedMinor), BigInt(c.convertedMinor) * BigInt(numerator), BigInt(denominator), mode)).toBe(true);
        },
      ),
      { seed, numRuns: 4000 },
    );
  });

  it('the reference rounding itself tells the modes apart (so the property can fail)', () => {
    expect(isRounding(2n, 5n, 2n, 'half_even')).toBe(true);
    expect(isRounding(3n, 5n, 2n, 'half_even')).toBe(false);
    expect(isRounding(3n, 5n, 2n, 'half_up')).toBe(true);
    expect(isRounding(2n, 5n, 2n, 'up')).toBe(false);
    expect(isRounding(3n, 7n, 2n, 'half_even')).toBe(false);
    expect(isRounding(4n, 7n, 2n, 'half_even')).toBe(true);
  });
});
