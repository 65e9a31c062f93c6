import { isCurrencyCode } from '../../../../shared/domain/currency';
import { AMOUNT_MINOR_MAX } from '../../../../shared/domain/limits';
import { convertMinor, multiplyByRate, parseRate } from '../../../../shared/domain/rate';
import type { Rate, RoundingMode } from '../../../../shared/domain/rate';

/**
 * Conversion between two currencies of one wallet at a manager-maintained rate. The rule, stated
 * once:
 *
 *   fee       = round(debited × feeBps / 10,000)                          (source currency)
 *   converted = debited − fee                                              (source currency, exact)
 *   credited  = round(converted × rate, rescaled to the target's exponent) (target currency)
 *
 * Each figure is rounded exactly once, by the same mode, through shared/domain/rate.ts; so
 * debited = converted + fee holds to the unit and `credited` is `converted` at the rate rounded
 * once. A spread is charged as this fee: amount × (1 − s) × rate equals amount × rate × (1 − s), and
 * as a fee it shows on the receipt instead of hiding in the rate.
 *
 * The rate is the price of one major unit of the source in major units of the target (EUR→JPY
 * 162.5), an exact decimal string or integer ratio. A quote older than `maxAgeMs` at `nowMs` (the
 * caller's clock) is refused, as is one dated after `nowMs`.
 */
export type FxQuote = {
  readonly rate: Rate | string;
  /** Where the rate came from (manager, bank sheet, …); carried to the receipt and history. */
  readonly source: string;
  readonly quotedAtMs: number;
};

export type ConversionRequest = {
  readonly debitedMinor: number;
  readonly fromCurrency: string;
  readonly toCurrency: string;
  readonly quote: FxQuote;
  /** 0 to 9,999 basis points of the debited amount. */
  readonly feeBps: number;
  readonly mode: RoundingMode;
  readonly nowMs: number;
  readonly maxAgeMs: number;
};

export type Conversion = {
  readonly debitedMinor: number;
  readonly feeMinor: number;
  readonly convertedMinor: number;
  readonly creditedMinor: number;
  readonly fromCurrency: string;
  readonly toCurrency: string;
  readonly rate: Rate;
  readonly rateSource: string;
  readonly quotedAtMs: number;
  readonly feeBps: number;
  readonly mode: RoundingMode;
};

export type FxErrorCode =
  | 'invalid_input' | 'invalid_amount' | 'unknown_currency' | 'amount_overflow' | 'same_currency' | 'fx_rate_stale' | 'fx_amount_too_small';
export type FxResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: { readonly code: FxErrorCode; readonly message: string } };

export const FEE_BPS_MAX = 9_999;
const BPS = 10_000;

function fail<T>(code: FxErrorCode, message: string): FxResult<T> {
  return { ok: false, error: { code, message } };
}

function rateOf(rate: Rate | string): FxResult<Rate> {
  if (typeof rate === 'string') {
    const parsed = parseRate(rate);
    return parsed.ok ? { ok: true, value: parsed.value } : fail('invalid_input', parsed.error.message);
  }
  if (!Number.isSafeInteger(rate.numerator) || rate.numerator < 1 || !Number.isSafeInteger(rate.denominator) || rate.denominator < 1) {
    return fail('invalid_input', 'a rate is a ratio of two positive whole numbers');
  }
  return { ok: true, value: { numerator: rate.numerator, denominator: rate.denominator } };
}

function checkRequest(request: ConversionRequest): FxResult<Rate> {
  const { debitedMinor, fromCurrency, toCurrency, quote, feeBps, nowMs, maxAgeMs } = request;
  if (!Number.isSafeInteger(debitedMinor) || debitedMinor < 1 || debitedMinor > AMOUNT_MINOR_MAX) {
    return fail('invalid_amount', `an amount is 1 to ${AMOUNT_MINOR_MAX} minor units`);
  }
  if (!isCurrencyCode(fromCurrency) || !isCurrencyCode(toCurrency)) return fail('unknown_currency', 'unknown currency');
  if (fromCurrency === toCurrency) return fail('same_currency', 'a conversion needs two different currencies');
  if (!Number.isSafeInteger(feeBps) || feeBps < 0 || feeBps > FEE_BPS_MAX) {
    return fail('invalid_input', `the fee is 0 to ${FEE_BPS_MAX} basis points`);
  }
  if (![nowMs, maxAgeMs, quote.quotedAtMs].every((n) => Number.isSafeInteger(n)) || maxAgeMs < 0) {
    return fail('invalid_input', 'times and the maximum age are whole milliseconds');
  }
  if (quote.quotedAtMs > nowMs) return fail('invalid_input', 'the rate is dated in the future; check the clock');
  if (nowMs - quote.quotedAtMs > maxAgeMs) return fail('fx_rate_stale', 'the rate is older than allowed; enter a current rate');
  return rateOf(quote.rate);
}

export function convert(request: ConversionRequest): FxResult<Conversion> {
  const checkedRate = checkRequest(request);
  if (!checkedRate.ok) return checkedRate;
  const rate = checkedRate.value;
  const { debitedMinor, fromCurrency, toCurrency, feeBps, mode } = request;

  // multiplyByRate refuses a zero numerator, and no fee needs no rounding.
  const fee = feeBps === 0 ? { ok: true as const, value: 0 } : multiplyByRate(debitedMinor, { numerator: feeBps, denominator: BPS }, mode);
  if (!fee.ok) return fail(fee.error.code === 'invalid_amount' ? 'invalid_amount' : 'invalid_input', fee.error.message);
  const convertedMinor = debitedMinor - fee.value;
  if (convertedMinor < 1) return fail('fx_amount_too_small', 'the fee takes the whole amount');

  const credited = convertMinor(convertedMinor, fromCurrency, toCurrency, rate, mode);
  if (!credited.ok) {
    const code = credited.error.code;
    return fail(code === 'amount_overflow' || code === 'unknown_currency' || code === 'invalid_amount' ? code : 'invalid_input', credited.error.message);
  }
  if (credited.value < 1) return fail('fx_amount_too_small', 'the amount converts to less than one minor unit');
  if (credited.value > AMOUNT_MINOR_MAX) return fail('amount_overflow', `the converted amount is above ${AMOUNT_MINOR_MAX} minor units`);

  return {
    ok: true,
    value: {
      debitedMinor,
      feeMinor: fee.value,
      convertedMinor,
      creditedMinor: credited.value,
      fromCurrency,
      toCurrency,
      rate,
      rateSource: request.quote.source,
      quotedAtMs: request.quote.quotedAtMs,
      feeBps,
      mode,
    },
  };
}
