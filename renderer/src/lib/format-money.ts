import { currencyExponent } from '../../../shared/domain/currency';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: string, exponent: number): Intl.NumberFormat {
  const cacheKey = `${locale}|${currency}`;
  let formatter = formatters.get(cacheKey);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencySign: 'standard', // a minus sign, never accounting parentheses
      signDisplay: 'auto',
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

/** Integer minor units as an exact decimal string ('-1234', 2 → '-12.34'); no float division. */
export function minorToDecimalString(amountMinor: number, exponent: number): `${number}` {
  const sign = amountMinor < 0 ? '-' : '';
  const digits = Math.abs(amountMinor).toString().padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? '' : `.${digits.slice(-exponent)}`;
  return `${sign}${whole}${fraction}` as `${number}`;
}

/**
 * Formats an amount the core computed: integer minor units in an ISO 4217 currency, for a
 * locale. The fraction digits come from shared/domain/currency.ts, not from CLDR, so what is
 * shown is exactly what is stored. Throws on a non-integer amount or an unknown currency.
 */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`amount must be a safe integer of minor units, got ${String(amountMinor)}`);
  }
  const exponent = currencyExponent(currency);
  if (exponent === undefined) throw new RangeError(`unknown currency ${currency}`);
  const value = minorToDecimalString(amountMinor === 0 ? 0 : amountMinor, exponent);
  return formatterFor(locale, currency, exponent).format(value);
}
