import { allocate } from '../../../../../shared/domain/allocate';
import { err, ok, type Result } from '../../../../../shared/domain/result';
import type { Discount } from '../../../../../shared/domain/sales/cart';
import { boundedMinor, sumBig } from './amounts';
import type { PricingLine } from './pricing-line';
import { BP, MILLI, divideRounded } from './rounding';

/**
 * Unit price × quantity in thousandths / 1000, an exact half of a minor unit rounded up:
 * 1.234 kg at 12.99/kg = 1299 × 1234 / 1000 = 1602.966 → 1603 (16.03).
 */
export function lineGross(line: PricingLine): Result<number> {
  const exact = BigInt(line.unitPriceMinor) * BigInt(line.quantityMilli);
  return boundedMinor(divideRounded(exact, MILLI, 'half_up'), `line ${line.lineId}`);
}

/**
 * The discount taken off `amountMinor`: a percentage rounded half-up (never more than the amount,
 * since bp ≤ 10000), or a fixed amount that may equal but never exceed it.
 */
export function discountOn(amountMinor: number, discount: Discount | undefined, what: string): Result<number> {
  if (discount === undefined) return ok(0);
  if (discount.kind === 'percent') {
    return ok(Number(divideRounded(BigInt(amountMinor) * BigInt(discount.bp), BP, 'half_up')));
  }
  if (discount.amountMinor > amountMinor) {
    return err('discount_exceeds_amount', `${what}: the discount is more than the amount ${amountMinor}`);
  }
  return ok(discount.amountMinor);
}

/**
 * The order discount split over the lines in proportion to what each line costs after its own
 * discount, through `allocate` (largest remainders), so the shares add up to the discount exactly
 * and no share exceeds its line (each differs from the exact share by less than one unit, and the
 * exact share is at most the line).
 */
export function orderDiscountShares(afterLineMinor: readonly number[], discount: Discount | undefined): Result<number[]> {
  const base = boundedMinor(sumBig(afterLineMinor), 'the order');
  if (!base.ok) return base;
  const total = discountOn(base.value, discount, 'order');
  if (!total.ok) return total;
  if (total.value === 0) return ok(afterLineMinor.map(() => 0));
  return allocate(total.value, afterLineMinor);
}
