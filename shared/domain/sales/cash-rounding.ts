/**
 * Cash rounding: where the smallest coins are withdrawn, a cash payment is rounded to the nearest
 * coin the shop can give back (CHF 0.05, SEK 1.00, …). Only the cash tender is rounded; the
 * receipt shows the difference on its own line and the taxable amounts never change.
 * Values are the increment in minor units of the currency.
 */
export const CASH_ROUNDING_INCREMENTS: Readonly<Record<string, number>> = {
  CHF: 5,
  CAD: 5,
  AUD: 5,
  NZD: 10,
  DKK: 50,
  SEK: 100,
  NOK: 100,
};

/** The cash increment of a currency in minor units; 1 (no rounding) for every other currency. */
export function cashIncrementMinor(currency: string): number {
  return CASH_ROUNDING_INCREMENTS[currency] ?? 1;
}

/**
 * `amountMinor` rounded to the nearest multiple of `incrementMinor`, an exact half away from zero
 * (half-up on the magnitude, so a refund mirrors its sale): CHF 10.02 → 10.00, 10.03 → 10.05.
 * With an odd increment (CHF 5) no amount of whole cents is an exact half (10.025 cannot be
 * paid); with an even one it is: NZD 10.05 → 10.10, DKK 10.25 → 10.50.
 * Both arguments are safe integers, the increment ≥ 1; the caller checks the result's range.
 */
export function roundToCashIncrement(amountMinor: number, incrementMinor: number): number {
  // A negated zero (-0) comes back as 0, as it does for every larger increment.
  if (incrementMinor <= 1) return amountMinor === 0 ? 0 : amountMinor;
  const magnitude = BigInt(Math.abs(amountMinor));
  const step = BigInt(incrementMinor);
  const rounded = ((magnitude * 2n + step) / (step * 2n)) * step;
  return Number(amountMinor < 0 ? -rounded : rounded);
}
