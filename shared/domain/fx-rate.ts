import { parseRate, type Rate, type RoundingMode } from './rate';

/**
 * A manager-maintained exchange rate as entered: an exact decimal string ("7.2345") or an integer
 * ratio ({ numerator: 72345, denominator: 10000 }), never a float. It is the price of one major
 * unit of `base` in major units of `quote` (core/fx/convert.ts states the rule it is used by).
 */
export type FxRateInput = string | Rate;

/** A rate older than this at conversion time is refused (`fx_rate_stale`) unless the manager set another age. */
export const FX_MAX_AGE_MS_DEFAULT = 24 * 60 * 60 * 1000;
export const FX_MAX_AGE_MS_MIN = 60 * 1000;
export const FX_MAX_AGE_MS_MAX = 31 * 24 * 60 * 60 * 1000;
/** Where the rate came from (a bank's sheet, a manager's reading): shown on receipts. */
export const FX_SOURCE_CHARS_MAX = 80;
/** Longest decimal rate text: 15 digits either side keep numerator and denominator safe integers. */
export const FX_RATE_TEXT_CHARS_MAX = 31;
/** Conversions round by this mode unless the caller states another one. */
export const FX_ROUNDING_DEFAULT: RoundingMode = 'half_even';
export const ROUNDING_MODES = ['half_up', 'half_even', 'down', 'up'] as const satisfies readonly RoundingMode[];

/** The exact ratio of an entered rate, or undefined when it is not a usable positive rate. */
export function exactRate(input: FxRateInput): Rate | undefined {
  if (typeof input === 'string') {
    const parsed = parseRate(input);
    return parsed.ok ? parsed.value : undefined;
  }
  const { numerator, denominator } = input;
  const usable = Number.isSafeInteger(numerator) && numerator >= 1 && Number.isSafeInteger(denominator) && denominator >= 1;
  return usable ? { numerator, denominator } : undefined;
}

/** The rate as the manager stated it, for receipts and history: "7.2345" or "72345/10000". */
export function rateText(input: FxRateInput): string {
  return typeof input === 'string' ? input : `${input.numerator}/${input.denominator}`;
}
