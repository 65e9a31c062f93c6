import { describe, expect, it } from 'vitest';

import { CURRENCY_CODES, currencyExponent } from '../../shared/domain/currency';
import { formatMoney, minorToDecimalString } from '../../renderer/src/lib/format-money';
import { formatCountdown } from '../../renderer/src/lib/format';

// Intl output uses non-breaking spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats integer minor units with the ISO exponent', () => {
    expect(formatMoney(123456, 'EUR', 'en')).toBe('€1,234.56');
    expect(formatMoney(1234, 'JPY', 'en')).toBe('¥1,234');
    expect(plain(formatMoney(1234, 'BHD', 'en'))).toBe('BHD 1.234');
    expect(plain(formatMoney(12345, 'CLF', 'en'))).toBe('CLF 1.2345');
    expect(formatMoney(5, 'USD', 'en')).toBe('$0.05');
    expect(formatMoney(0, 'USD', 'en')).toBe('$0.00');
  });

  it('uses the ISO exponent even where CLDR differs (ISK 0, IQD 3)', () => {
    expect(plain(formatMoney(1500, 'ISK', 'en'))).toBe('ISK 1,500');
    expect(plain(formatMoney(1500, 'IQD', 'en'))).toBe('IQD 1.500');
  });

  it('formats for the Chinese locale', () => {
    expect(formatMoney(123456, 'CNY', 'zh-CN')).toBe('¥1,234.56');
    expect(formatMoney(-99, 'CNY', 'zh-CN')).toBe('-¥0.99');
  });

  it('shows negatives with a minus sign, never parentheses', () => {
    const text = formatMoney(-1234, 'EUR', 'en');
    expect(text).toBe('-€12.34');
    expect(text).not.toMatch(/[()]/);
    expect(formatMoney(-1, 'JPY', 'en')).toBe('-¥1');
  });

  it('never shows negative zero', () => {
    expect(formatMoney(-0, 'EUR', 'en')).toBe('€0.00');
  });

  it('is exact up to the largest safe integer (no float division)', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'EUR', 'en')).toBe('€90,071,992,547,409.91');
    expect(formatMoney(-Number.MAX_SAFE_INTEGER, 'USD', 'en')).toBe('-$90,071,992,547,409.91');
  });

  it('refuses non-integers and unknown currencies', () => {
    expect(() => formatMoney(1.5, 'EUR', 'en')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'EUR', 'en')).toThrow(RangeError);
    expect(() => formatMoney(Number.MAX_SAFE_INTEGER + 1, 'EUR', 'en')).toThrow(RangeError);
    expect(() => formatMoney(100, 'XXX', 'en')).toThrow(RangeError);
    expect(() => formatMoney(100, 'eur', 'en')).toThrow(RangeError);
  });

  it('shows exactly the exponent number of fraction digits for every currency', () => {
    for (const code of CURRENCY_CODES) {
      const exponent = currencyExponent(code) ?? -1;
      const text = formatMoney(123456789, code, 'en');
      const fraction = /\.(\d+)/.exec(text)?.[1] ?? '';
      expect(fraction.length, `${code} → ${text}`).toBe(exponent);
    }
  });
});

describe('minorToDecimalString', () => {
  it('pads and places the point', () => {
    expect(minorToDecimalString(5, 2)).toBe('0.05');
    expect(minorToDecimalString(-5, 3)).toBe('-0.005');
    expect(minorToDecimalString(1200, 0)).toBe('1200');
    expect(minorToDecimalString(0, 4)).toBe('0.0000');
  });
});

describe('formatCountdown', () => {
  it('rounds up to whole seconds', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(61_000)).toBe('1:01');
    expect(formatCountdown(3_600_000 + 5_000)).toBe('1:00:05');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});
