/**
 * Largest amount, in minor units, that one transfer may move: 10^11 keeps every sum of a realistic
 * batch far inside the safe-integer range, so overflow is a rejected input rather than a lost cent.
 */
export const AMOUNT_MINOR_MAX = 100_000_000_000;
