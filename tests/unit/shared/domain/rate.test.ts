import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMinor, multiplyByRate, parseRate } from '../../../../shared/domain/rate';
import type { Rate, RoundingMode } from '../../../../shared/domain/rate';
import type { ErrorCode } from '../../../../shared/domain/errors';
import type { Result } from '../../../../shared/domain/result';
import { fcSeed } from '../../../support/fc-seed';

const MAX = Number.MAX_SAFE_INTEGER;
const HALF: Rate = { numerator: 1, denominator: 2 };
const MODES: readonly RoundingMode[] = ['half_up', 'half_even', 'down', 'up'];

function errorCode<T>(result: Result<T>): ErrorCode | undefined {
  return result.ok ? undefined : result.error.code;
}

function value(result: Result<number>): number {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('multiplyByRate rounding', () => {
  // amount × 1/2 puts odd amounts exactly on a .5 tie.
  it.each([
    // amount, half_up, half_even, down, up
    [5, 3, 2, 2, 3],
    [7, 4, 4, 3, 4],
    [1, 1, 0, 0, 1],
    [3, 2, 2, 1, 2],
    [-5, -3, -2, -2, -3],
    [-7, -4, -4, -3, -4],
    [-1, -1, 0, 0, -1],
    [-3, -2, -2, -1, -2],
    [4, 2, 2, 2, 2],
    [-4, -2, -2, -2, -2],
    [0, 0, 0, 0, 0],
  ])('%i × 1/2 → half_up %i, half_even %i, down %i, up %i', (amount, halfUp, halfEven, down, up) => {
    expect(value(multiplyByRate(amount, HALF, 'half_up'))).toBe(halfUp);
    expect(value(multiplyByRate(amount, HALF, 'half_even'))).toBe(halfEven);
    expect(value(multiplyByRate(amount, HALF, 'down'))).toBe(down);
    expect(value(multiplyByRate(amount, HALF, 'up'))).toBe(up);
  });

  it.each([
    // amount × 3/10: 0.3 below the tie, 0.9 above it
    [1, { numerator: 3, denominator: 10 }, 0, 0, 0, 1],
    [3, { numerator: 3, denominator: 10 }, 1, 1, 0, 1],
    [-3, { numerator: 3, denominator: 10 }, -1, -1, 0, -1],
    // 125 × 72345/10000 = 904.3125
    [125, { numerator: 72345, denominator: 10000 }, 904, 904, 904, 905],
    // 2 × 72345/10000 = 14.469
    [2, { numerator: 72345, denominator: 10000 }, 14, 14, 14, 15],
  ])('%i × %o', (amount, rate, halfUp, halfEven, down, up) => {
    expect(value(multiplyByRate(amount, rate, 'half_up'))).toBe(halfUp);
    expect(value(multiplyByRate(amount, rate, 'half_even'))).toBe(halfEven);
    expect(value(multiplyByRate(amount, rate, 'down'))).toBe(down);
    expect(value(multiplyByRate(amount, rate, 'up'))).toBe(up);
  });

  it('is exact where floats are not', () => {
    // In floats 1.005 × 100 = 100.49999999999999, which would round the wrong way.
    expect(value(multiplyByRate(100, { numerator: 1005, denominator: 1000 }, 'half_up'))).toBe(101);
    expect(value(multiplyByRate(MAX, { numerator: MAX, denominator: MAX }, 'down'))).toBe(MAX);
  });

  it('detects overflow and bad input', () => {
    expect(errorCode(multiplyByRate(MAX, { numerator: 2, denominator: 1 }, 'down'))).toBe('amount_overflow');
    expect(errorCode(multiplyByRate(-MAX, { numerator: 3, denominator: 2 }, 'down'))).toBe('amount_overflow');
    expect(errorCode(multiplyByRate(1.5, HALF, 'down'))).toBe('invalid_amount');
    expect(errorCode(multiplyByRate(MAX + 1, HALF, 'down'))).toBe('invalid_amount');
    for (const rate of [
      { numerator: 0, denominator: 1 },
      { numerator: 1, denominator: 0 },
      { numerator: -1, denominator: 2 },
      { numerator: 1.5, denominator: 2 },
      { numerator: MAX + 1, denominator: 1 },
    ]) {
      expect(errorCode(multiplyByRate(10, rate, 'down'))).toBe('invalid_input');
    }
    expect(errorCode(multiplyByRate(10, HALF, 'sideways' as RoundingMode))).toBe('invalid_input');
  });

  it('is symmetric around zero and within one unit of exact', () => {
    const seed = fcSeed('rate symmetry');
    const rate = fc.record({
      numerator: fc.integer({ min: 1, max: MAX }),
      denominator: fc.integer({ min: 1, max: MAX }),
    });
    fc.assert(
      fc.property(fc.maxSafeInteger(), rate, fc.constantFrom(...MODES), (amount, r, mode) => {
        const positive = multiplyByRate(amount, r, mode);
        const negative = multiplyByRate(-amount, r, mode);
        expect(errorCode(positive)).toBe(errorCode(negative));
        if (!positive.ok || !negative.ok) return;
        expect(negative.value).toBe(positive.value === 0 ? 0 : -positive.value);
        // |result × den − amount × num| < den, i.e. the result is within one unit of exact.
        const gap = BigInt(positive.value) * BigInt(r.denominator) - BigInt(amount) * BigInt(r.numerator);
        expect((gap < 0n ? -gap : gap) < BigInt(r.denominator)).toBe(true);
      }),
      { seed, numRuns: 1000 },
    );
  });
});

describe('convertMinor', () => {
  it('rescales between exponents with one rounding', () => {
    // 10.00 EUR at 162.5 JPY/EUR = 1625 JPY
    expect(value(convertMinor(1000, 'EUR', 'JPY', { numerator: 325, denominator: 2 }, 'half_even'))).toBe(1625);
    // 1625 JPY at 1/162.5 EUR/JPY = 10.00 EUR
    expect(value(convertMinor(1625, 'JPY', 'EUR', { numerator: 2, denominator: 325 }, 'half_even'))).toBe(1000);
    // 1.000 KWD at 3.25 USD/KWD = 3.25 USD
    expect(value(convertMinor(1000, 'KWD', 'USD', { numerator: 325, denominator: 100 }, 'down'))).toBe(325);
    // 0.005 KWD × 1 = 0.5 cent: the tie is decided by the mode
    expect(value(convertMinor(5, 'KWD', 'USD', { numerator: 1, denominator: 1 }, 'half_up'))).toBe(1);
    expect(value(convertMinor(5, 'KWD', 'USD', { numerator: 1, denominator: 1 }, 'half_even'))).toBe(0);
    expect(value(convertMinor(-5, 'KWD', 'USD', { numerator: 1, denominator: 1 }, 'half_up'))).toBe(-1);
    expect(value(convertMinor(-15, 'KWD', 'USD', { numerator: 1, denominator: 1 }, 'half_even'))).toBe(-2);
    // 1.25 EUR at 7.2345 = 9.043125 → 9.04
    expect(value(convertMinor(125, 'EUR', 'CNY', { numerator: 72345, denominator: 10000 }, 'half_up'))).toBe(904);
    // Same currency, rate 1 is the identity even at the extremes.
    expect(value(convertMinor(-MAX, 'EUR', 'EUR', { numerator: 1, denominator: 1 }, 'up'))).toBe(-MAX);
  });

  it('reports unknown currencies and overflow', () => {
    const one = { numerator: 1, denominator: 1 };
    expect(errorCode(convertMinor(1, 'XXX', 'EUR', one, 'down'))).toBe('unknown_currency');
    expect(errorCode(convertMinor(1, 'EUR', 'eur', one, 'down'))).toBe('unknown_currency');
    expect(errorCode(convertMinor(MAX, 'JPY', 'EUR', one, 'down'))).toBe('amount_overflow');
    expect(errorCode(convertMinor(1, 'EUR', 'JPY', { numerator: 0, denominator: 1 }, 'down'))).toBe('invalid_input');
  });
});

describe('parseRate', () => {
  it.each([
    ['7.2345', { numerator: 72345, denominator: 10000 }],
    ['7.2300', { numerator: 723, denominator: 100 }],
    ['162.5', { numerator: 1625, denominator: 10 }],
    ['3', { numerator: 3, denominator: 1 }],
    ['0.0001', { numerator: 1, denominator: 10000 }],
  ])('%j → %o', (text, expected) => {
    expect(parseRate(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '0', '0.000', '-1', '+1', '1e3', '1,5', ' 1', '.5', '1.', '1.0000000000000001'])(
    'rejects %j',
    (text) => {
      expect(errorCode(parseRate(text))).toBe('invalid_input');
    },
  );
});
