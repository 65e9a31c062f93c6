import type { TaxRounding } from '../../../../../shared/domain/sales/tax-profiles';

/**
 * numerator / denominator rounded to an integer, exactly (BigInt, no float ever touches an
 * amount). An exact half goes away from zero with 'half_up' and to the even neighbour with
 * 'half_even' (banker's rounding); the sign is applied to the magnitude's rounding, so a negated
 * amount rounds to the negated result. The denominator is positive: every caller passes a
 * constant or a sum of positive rates, so anything else is a bug and throws.
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: TaxRounding): bigint {
  if (denominator <= 0n) throw new RangeError('divideRounded: the denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const quotient = magnitude / denominator;
  const twiceRemainder = (magnitude % denominator) * 2n;
  const roundsUp =
    twiceRemainder > denominator ||
    (twiceRemainder === denominator && (mode === 'half_up' || quotient % 2n === 1n));
  const rounded = roundsUp ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

/** Basis points in a whole: 10000 bp = 100 %. */
export const BP = 10_000n;
/** Thousandths in one unit of quantity. */
export const MILLI = 1000n;

/**
 * The tax contained in or added to `base`: with tax-inclusive prices base × r / (10000 + r),
 * with exclusive prices base × r / 10000, rounded to the minor unit by the profile's mode.
 */
export function taxOn(base: bigint, rateBp: number, pricesIncludeTax: boolean, mode: TaxRounding): bigint {
  const rate = BigInt(rateBp);
  return divideRounded(base * rate, pricesIncludeTax ? BP + rate : BP, mode);
}
