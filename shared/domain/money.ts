import { err, ok } from './result';
import type { Result } from './result';
import { currencyExponent } from './currency';

/**
 * Amounts are integer minor units held in JS numbers, always safe integers. Arithmetic that could
 * leave the safe range goes through BigInt so an overflow is reported, never silently rounded.
 */

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// ASCII digits only, no grouping, no exponent, no '+', no bare '.5' or '5.': one spelling per value
// keeps receipts, imports and the hash chain unambiguous.
const DECIMAL = /^(-?)([0-9]+)(?:\.([0-9]+))?$/;

/** Exact BigInt intermediate back to minor units; 'amount_overflow' outside the safe range. */
export function minorFromBigInt(value: bigint): Result<number> {
  if (value > MAX_SAFE || value < -MAX_SAFE) {
    return err('amount_overflow', 'amount is outside the safe integer range');
  }
  return ok(Number(value));
}

/**
 * Parses an exact decimal string ("12.5", "-3.10", "1000") into minor units of `currency`.
 * Rejects more fraction digits than the currency's exponent rather than rounding: a typed amount
 * that cannot be represented is a mistake the user should see.
 */
export function parseMinor(text: string, currency: string): Result<number> {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) return err('unknown_currency', `unknown currency ${currency}`);
  const match = DECIMAL.exec(text);
  if (match === null) return err('invalid_amount', 'amount must be a plain decimal number');
  const sign = match[1] ?? '';
  const whole = match[2] ?? '';
  const fraction = match[3] ?? '';
  if (fraction.length > exponent) {
    return err('invalid_amount', `${currency} allows at most ${exponent} decimals`);
  }
  const magnitude = BigInt(whole + fraction.padEnd(exponent, '0'));
  // BigInt has no -0, so "-0.00" comes back as 0, not -0.
  return minorFromBigInt(sign === '-' ? -magnitude : magnitude);
}

/**
 * Plain decimal with exactly `exponent` fraction digits ("-3.10", "1000", "1.234"), no grouping
 * and no locale: the renderer localises. Throws on an unknown currency or a non-safe amount,
 * because stored amounts were validated on the way in and anything else is a bug.
 */
export function formatMinor(amountMinor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) throw new RangeError(`unknown currency ${currency}`);
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`not a safe integer: ${amountMinor}`);
  const sign = amountMinor < 0 ? '-' : '';
  const digits = Math.abs(amountMinor).toString().padStart(exponent + 1, '0');
  if (exponent === 0) return sign + digits;
  const cut = digits.length - exponent;
  return `${sign}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

export function sumMinor(amounts: readonly number[]): Result<number> {
  let total = 0n;
  for (const amount of amounts) {
    if (!Number.isSafeInteger(amount)) return err('invalid_amount', `not a safe integer: ${amount}`);
    total += BigInt(amount);
  }
  return minorFromBigInt(total);
}

export function addMinor(a: number, b: number): Result<number> {
  return sumMinor([a, b]);
}

export function subtractMinor(a: number, b: number): Result<number> {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) {
    return err('invalid_amount', 'amounts must be safe integers');
  }
  return minorFromBigInt(BigInt(a) - BigInt(b));
}
