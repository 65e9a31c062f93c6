import { exactRate, FX_MAX_AGE_MS_MAX, FX_MAX_AGE_MS_MIN, FX_RATE_TEXT_CHARS_MAX, FX_SOURCE_CHARS_MAX } from '../../domain/fx-rate';
import { isCleanName } from '../../domain/name';
import type { MethodSpec } from '../method';
import { currencyCode, empty, isWellFormedText, timeMs } from '../schemas';
import { z } from '../zod';

/** "7.2345": digits, an optional fraction, no sign or exponent (never a float). */
const rateDecimal = z
  .string()
  .max(FX_RATE_TEXT_CHARS_MAX)
  .regex(/^[0-9]{1,15}(\.[0-9]{1,15})?$/)
  .refine((v) => exactRate(v) !== undefined, 'a rate is a positive decimal whose digits fit a safe integer');
/** { numerator, denominator }: an exact ratio of two positive whole numbers. */
const rateRatio = z.strictObject({ numerator: z.int().min(1), denominator: z.int().min(1) });

export const fxRateView = z.strictObject({
  base: currencyCode,
  quote: currencyCode,
  rate: rateRatio,
  /** As the manager entered it: "7.2345" or "72345/10000". */
  rateText: z.string().max(64),
  source: z.string().max(FX_SOURCE_CHARS_MAX),
  asOfMs: timeMs,
  feeBps: z.int().min(0).max(9_999),
  maxAgeMs: z.int().min(1),
  setAtMs: timeMs,
  setByStaffId: z.string().max(64),
  /** Older than its maximum age now: a conversion at it would be refused. */
  stale: z.boolean(),
});

export const fxContract = {
  /**
   * Sets the rate of one direction of a pair (base → quote: one major unit of base costs `rate`
   * major units of quote), with its source and quote time, the fee in basis points of the debited
   * amount, and how old it may get (default 24 h). Replaces the pair's previous rate; the chain
   * keeps every one.
   */
  'fx.setRate': {
    input: z
      .strictObject({
        base: currencyCode,
        quote: currencyCode,
        rate: z.union([rateDecimal, rateRatio]),
        source: z.string().trim().min(1).max(FX_SOURCE_CHARS_MAX)
          .refine(isWellFormedText, 'must be well-formed text').refine(isCleanName, 'must not contain control characters'),
        asOfMs: timeMs,
        feeBps: z.int().min(0).max(9_999),
        maxAgeMs: z.int().min(FX_MAX_AGE_MS_MIN).max(FX_MAX_AGE_MS_MAX).optional(),
      })
      .refine((v) => v.base !== v.quote, 'a rate needs two different currencies'),
    output: fxRateView,
    access: 'manager',
    errors: ['fx_rate_stale', 'fx_rate_from_future'],
  },
  /** Every pair's current rate, by base then quote. */
  'fx.listRates': {
    input: empty,
    output: z.array(fxRateView).max(1000),
    access: 'signedIn',
    errors: [],
  },
} as const satisfies Record<string, MethodSpec>;
