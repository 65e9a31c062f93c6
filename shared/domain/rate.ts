import { err, ok } from './result';
import type { Result } from './result';
import { currencyExponent } from './currency';
import { minorFromBigInt } from './money';

/**
 * An exact positive rational, e.g. 7.2345 = { numerator: 72345, denominator: 10000 }. Kept as a
 * fraction because a float rate would already be rounded before any amount is converted.
 */
export type Rate = { readonly numerator: number; readonly denominator: number };

/**
 * How a non-integer result becomes whole minor units; every mode is symmetric around zero, so
 * converting -x gives exactly the negation of converting x:
 * - 'half_up': nearest, exact halves away from zero (2.5 → 3, -2.5 → -3)
 * - 'half_even': nearest, exact halves to the even neighbour (2.5 → 2, 3.5 → 4, -2.5 → -2)
 * - 'down': toward zero, i.e. truncate (2.9 → 2, -2.9 → -2)
 * - 'up': away from zero (2.1 → 3, -2.1 → -3)
 */
export type RoundingMode = 'half_up' | 'half_even' | 'down' | 'up';

const ROUNDING_MODES: readonly string[] = ['half_up', 'half_even', 'down', 'up'];

function isPositiveSafeInteger(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0;
}

function checkRate(rate: Rate): Result<Rate> {
  if (!isPositiveSafeInteger(rate.numerator) || !isPositiveSafeInteger(rate.denominator)) {
    return err('invalid_input', 'rate numerator and denominator must be positive safe integers');
  }
  return ok(rate);
}

/** n / d rounded by `mode`; d must be positive. BigInt division truncates toward zero. */
function divideRounded(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const quotient = n / d;
  const remainder = n % d;
  if (remainder === 0n) return quotient;
  const away = n < 0n ? quotient - 1n : quotient + 1n;
  const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
  switch (mode) {
    case 'down':
      return quotient;
    case 'up':
      return away;
    case 'half_up':
      return twiceRemainder >= d ? away : quotient;
    case 'half_even':
      if (twiceRemainder > d) return away;
      if (twiceRemainder < d) return quotient;
      return quotient % 2n === 0n ? quotient : away;
  }
}

function scaleRounded(
  amountMinor: number,
  numerator: bigint,
  denominator: bigint,
  mode: RoundingMode,
): Result<number> {
  if (!Number.isSafeInteger(amountMinor)) {
    return err('invalid_amount', `not a safe integer: ${amountMinor}`);
  }
  if (!ROUNDING_MODES.includes(mode)) return err('invalid_input', `unknown rounding mode ${mode}`);
  return minorFromBigInt(divideRounded(BigInt(amountMinor) * numerator, denominator, mode));
}

/**
 * amountMinor × numerator / denominator, computed exactly and rounded once by `mode` (see
 * RoundingMode). 'invalid_amount' for a non-safe amount, 'invalid_input' for a bad rate or mode,
 * 'amount_overflow' when the rounded result is not a safe integer.
 */
export function multiplyByRate(amountMinor: number, rate: Rate, mode: RoundingMode): Result<number> {
  const checked = checkRate(rate);
  if (!checked.ok) return checked;
  return scaleRounded(amountMinor, BigInt(rate.numerator), BigInt(rate.denominator), mode);
}

/**
 * Converts minor units of `fromCurrency` to minor units of `toCurrency`, where `rate` is the price
 * of one major unit of `fromCurrency` in major units of `toCurrency` (EUR→JPY 162.5 = 325/2).
 * The exponent rescale is folded into the same exact fraction, so there is exactly one rounding,
 * by `mode`: result = round(amount × numerator × 10^toExp / (denominator × 10^fromExp)).
 */
export function convertMinor(
  amountMinor: number,
  fromCurrency: string,
  toCurrency: string,
  rate: Rate,
  mode: RoundingMode,
): Result<number> {
  const fromExponent = currencyExponent(fromCurrency);
  if (fromExponent === undefined) return err('unknown_currency', `unknown currency ${fromCurrency}`);
  const toExponent = currencyExponent(toCurrency);
  if (toExponent === undefined) return err('unknown_currency', `unknown currency ${toCurrency}`);
  const checked = checkRate(rate);
  if (!checked.ok) return checked;
  const numerator = BigInt(rate.numerator) * 10n ** BigInt(toExponent);
  const denominator = BigInt(rate.denominator) * 10n ** BigInt(fromExponent);
  return scaleRounded(amountMinor, numerator, denominator, mode);
}

// One spelling per rate, like amounts: ASCII digits, optional fraction, no sign, no exponent.
const RATE_TEXT = /^([0-9]+)(?:\.([0-9]+))?$/;

/** "7.2345" → { numerator: 72345, denominator: 10000 }; zero and non-safe parts are rejected. */
export function parseRate(text: string): Result<Rate> {
  const match = RATE_TEXT.exec(text);
  if (match === null) return err('invalid_input', 'rate must be a plain positive decimal');
  // Trailing zeros only shrink the range a rate can use; 7.2300 is the same rate as 7.23.
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const numerator = Number(BigInt((match[1] ?? '') + fraction));
  const denominator = 10 ** fraction.length;
  return checkRate({ numerator, denominator });
}
