import { describe, expect, it } from 'vitest';
import {
  CURRENCIES,
  CURRENCY_CODES,
  currencyExponent,
  currencyInfo,
  isCurrencyCode,
} from '../../../../shared/domain/currency';
import { AMOUNT_MINOR_MAX } from '../../../../shared/domain/limits';

describe('currency table', () => {
  it('covers the active ISO 4217 list', () => {
    expect(CURRENCY_CODES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    expect(Object.keys(CURRENCIES)).toEqual([...CURRENCY_CODES]);
  });

  it('has one numeric code per entry and well-formed codes', () => {
    const numerics = CURRENCY_CODES.map((code) => currencyInfo(code)?.numeric);
    expect(new Set(numerics).size).toBe(numerics.length);
    for (const code of CURRENCY_CODES) {
      const info = currencyInfo(code);
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(info?.code).toBe(code);
      expect(info?.numeric).toBeGreaterThan(0);
      expect(info?.numeric).toBeLessThan(1000);
    }
  });

  it.each([
    ['EUR', 2, 978],
    ['USD', 2, 840],
    ['JPY', 0, 392],
    ['KRW', 0, 410],
    ['ISK', 0, 352],
    ['CLP', 0, 152],
    ['VND', 0, 704],
    ['XAF', 0, 950],
    ['XOF', 0, 952],
    ['XPF', 0, 953],
    ['KWD', 3, 414],
    ['BHD', 3, 48],
    ['TND', 3, 788],
    ['CLF', 4, 990],
    ['UYW', 4, 927],
    ['XCG', 2, 532],
    ['ZWG', 2, 924],
  ])('%s has exponent %i and numeric %i', (code, exponent, numeric) => {
    expect(currencyExponent(code)).toBe(exponent);
    expect(currencyInfo(code)?.numeric).toBe(numeric);
  });

  it('groups exponents as ISO does', () => {
    const byExponent = (e: number): string[] =>
      CURRENCY_CODES.filter((code) => currencyExponent(code) === e).toSorted();
    expect(byExponent(0)).toEqual(
      ['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND',
        'VUV', 'XAF', 'XOF', 'XPF'],
    );
    expect(byExponent(3)).toEqual(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);
    expect(byExponent(4)).toEqual(['CLF', 'UYW']);
    const others = CURRENCY_CODES.filter((code) => ![0, 2, 3, 4].includes(currencyExponent(code) ?? -1));
    expect(others).toEqual([]);
  });

  it.each(['XXX', 'eur', 'EURO', '', 'ANG', 'HRK', 'XAU', 'constructor', '__proto__', 'toString'])(
    'rejects %j',
    (code) => {
      expect(currencyExponent(code)).toBeUndefined();
      expect(isCurrencyCode(code)).toBe(false);
    },
  );

  it('is frozen', () => {
    expect(Object.isFrozen(CURRENCIES)).toBe(true);
    expect(Object.isFrozen(CURRENCIES['EUR'])).toBe(true);
    expect(Object.isFrozen(CURRENCY_CODES)).toBe(true);
  });

  it('caps one transfer at 10^11 minor units', () => {
    expect(AMOUNT_MINOR_MAX).toBe(10 ** 11);
  });
});
