import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMinor,
  formatMinor,
  parseMinor,
  subtractMinor,
  sumMinor,
} from '../../../../shared/domain/money';
import type { ErrorCode } from '../../../../shared/domain/errors';
import type { Result } from '../../../../shared/domain/result';
import { fcSeed } from '../../../support/fc-seed';

const MAX = Number.MAX_SAFE_INTEGER;

function errorCode<T>(result: Result<T>): ErrorCode | undefined {
  return result.ok ? undefined : result.error.code;
}

describe('parseMinor', () => {
  it.each([
    ['12.5', 'EUR', 1250],
    ['12.50', 'EUR', 1250],
    ['12', 'EUR', 1200],
    ['0', 'EUR', 0],
    ['0.01', 'EUR', 1],
    ['-3.10', 'EUR', -310],
    ['-0.00', 'EUR', 0],
    ['007.5', 'EUR', 750],
    ['1000', 'JPY', 1000],
    ['-1000', 'JPY', -1000],
    ['1.234', 'KWD', 1234],
    ['1.2', 'KWD', 1200],
    ['0.0001', 'CLF', 1],
    ['90071992547409.91', 'USD', MAX],
    ['-90071992547409.91', 'USD', -MAX],
    ['9007199254740991', 'JPY', MAX],
  ])('%j %s → %i', (text, currency, expected) => {
    // toEqual tells 0 from -0, so "-0.00" must come back as a plain 0.
    expect(parseMinor(text, currency)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'EUR'],
    [' 1.00', 'EUR'],
    ['1.00 ', 'EUR'],
    ['1 000', 'EUR'],
    ['1,000.00', 'EUR'],
    ['1,5', 'EUR'],
    ['1e3', 'EUR'],
    ['1E3', 'EUR'],
    ['+1.00', 'EUR'],
    ['--1', 'EUR'],
    ['-', 'EUR'],
    ['.5', 'EUR'],
    ['5.', 'EUR'],
    ['1.2.3', 'EUR'],
    ['0x10', 'EUR'],
    ['Infinity', 'EUR'],
    ['NaN', 'EUR'],
    ['١٢', 'EUR'],
    ['１２', 'EUR'],
    ['12.345', 'EUR'],
    ['12.000', 'EUR'],
    ['12.0', 'JPY'],
    ['1.2345', 'KWD'],
    ['1.23456', 'CLF'],
  ])('rejects %j %s as invalid_amount', (text, currency) => {
    expect(errorCode(parseMinor(text, currency))).toBe('invalid_amount');
  });

  it.each([
    ['90071992547409.92', 'USD'],
    ['-90071992547409.92', 'USD'],
    ['9007199254740992', 'JPY'],
    ['1'.repeat(400), 'EUR'],
  ])('rejects %j %s as amount_overflow', (text, currency) => {
    expect(errorCode(parseMinor(text, currency))).toBe('amount_overflow');
  });

  it.each(['XXX', 'eur', '', 'constructor'])('rejects currency %j', (currency) => {
    expect(errorCode(parseMinor('1.00', currency))).toBe('unknown_currency');
  });
});

describe('formatMinor', () => {
  it.each([
    [-310, 'EUR', '-3.10'],
    [1250, 'EUR', '12.50'],
    [1, 'EUR', '0.01'],
    [-1, 'EUR', '-0.01'],
    [0, 'EUR', '0.00'],
    [-0, 'EUR', '0.00'],
    [1000, 'JPY', '1000'],
    [-5, 'JPY', '-5'],
    [1234, 'KWD', '1.234'],
    [5, 'KWD', '0.005'],
    [12345, 'CLF', '1.2345'],
    [MAX, 'USD', '90071992547409.91'],
    [-MAX, 'USD', '-90071992547409.91'],
  ])('%i %s → %j', (amount, currency, expected) => {
    expect(formatMinor(amount, currency)).toBe(expected);
  });

  it('throws on bugs: unknown currency or non-safe amount', () => {
    expect(() => formatMinor(1, 'XXX')).toThrow(RangeError);
    expect(() => formatMinor(1.5, 'EUR')).toThrow(RangeError);
    expect(() => formatMinor(MAX + 1, 'EUR')).toThrow(RangeError);
    expect(() => formatMinor(Number.NaN, 'EUR')).toThrow(RangeError);
  });

  it('round-trips through parseMinor for every safe integer', () => {
    const seed = fcSeed('money round trip');
    const currencies = ['EUR', 'JPY', 'KWD', 'CLF', 'USD', 'ISK', 'BHD', 'UYW'];
    const amount = fc.oneof(
      fc.maxSafeInteger(),
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.constantFrom(0, 1, -1, MAX, -MAX, MAX - 1, -MAX + 1),
    );
    fc.assert(
      fc.property(amount, fc.constantFrom(...currencies), (x, currency) => {
        expect(parseMinor(formatMinor(x, currency), currency)).toEqual({ ok: true, value: x === 0 ? 0 : x });
      }),
      { seed, numRuns: 2000 },
    );
  });
});

describe('addMinor / subtractMinor / sumMinor', () => {
  it('adds and subtracts exactly', () => {
    expect(addMinor(1250, -310)).toEqual({ ok: true, value: 940 });
    expect(subtractMinor(1250, 310)).toEqual({ ok: true, value: 940 });
    expect(addMinor(MAX - 1, 1)).toEqual({ ok: true, value: MAX });
    expect(subtractMinor(-MAX + 1, 1)).toEqual({ ok: true, value: -MAX });
    expect(sumMinor([])).toEqual({ ok: true, value: 0 });
    expect(sumMinor([1, 2, 3, -6])).toEqual({ ok: true, value: 0 });
  });

  it('reports overflow instead of rounding', () => {
    expect(errorCode(addMinor(MAX, 1))).toBe('amount_overflow');
    expect(errorCode(addMinor(-MAX, -1))).toBe('amount_overflow');
    expect(errorCode(subtractMinor(-MAX, 1))).toBe('amount_overflow');
    expect(errorCode(subtractMinor(MAX, -MAX))).toBe('amount_overflow');
    expect(errorCode(sumMinor([MAX, MAX, MAX]))).toBe('amount_overflow');
  });

  it('lets a sum pass through an intermediate overflow when the total is safe', () => {
    expect(sumMinor([MAX, MAX, -MAX])).toEqual({ ok: true, value: MAX });
  });

  it.each([
    [0.5, 1],
    [1, Number.NaN],
    [Number.POSITIVE_INFINITY, 1],
    [MAX + 1, 0],
  ])('rejects non-safe inputs %d, %d as invalid_amount', (a, b) => {
    expect(errorCode(addMinor(a, b))).toBe('invalid_amount');
    expect(errorCode(subtractMinor(a, b))).toBe('invalid_amount');
    expect(errorCode(sumMinor([a, b]))).toBe('invalid_amount');
  });

  it('agrees with BigInt arithmetic', () => {
    const seed = fcSeed('money add/subtract');
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.maxSafeInteger(), (a, b) => {
        const exactSum = BigInt(a) + BigInt(b);
        const sum = addMinor(a, b);
        if (exactSum > BigInt(MAX) || exactSum < BigInt(-MAX)) {
          expect(errorCode(sum)).toBe('amount_overflow');
        } else {
          expect(sum.ok && BigInt(sum.value)).toBe(exactSum);
        }
        const exactDiff = BigInt(a) - BigInt(b);
        const diff = subtractMinor(a, b);
        if (exactDiff > BigInt(MAX) || exactDiff < BigInt(-MAX)) {
          expect(errorCode(diff)).toBe('amount_overflow');
        } else {
          expect(diff.ok && BigInt(diff.value)).toBe(exactDiff);
        }
      }),
      { seed, numRuns: 1000 },
    );
  });
});
