import { allocate } from '../../../../shared/domain/allocate';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { roundToCashIncrement } from '../../../../shared/domain/sales/cash-rounding';

/** A sold line as refunds see it: its quantity and amounts, and the quantity refunded before. */
export type RefundableLine = {
  readonly lineId: string;
  readonly quantityMilli: number;
  readonly netMinor: number;
  readonly taxMinor: number;
  readonly refundedQuantityMilli: number;
};

export type LineRefund = { readonly lineId: string; readonly quantityMilli: number; readonly netMinor: number; readonly taxMinor: number; readonly totalMinor: number };

/** The part of `amountMinor` that `quantity` of `ofQuantity` units carry, split by `allocate`. */
function shareOf(amountMinor: number, quantity: number, ofQuantity: number): number {
  if (quantity === ofQuantity) return amountMinor;
  if (quantity === 0 || amountMinor === 0) return 0;
  const shares = allocate(amountMinor, [quantity, ofQuantity - quantity]);
  if (!shares.ok) throw new Error(`refund share: ${shares.error.message}`);
  return shares.value[0] ?? 0;
}

/**
 * What refunding `quantityMilli` more of a line gives back: the share of all refunded units so far
 * (these included) less the share of those refunded before, for net and tax each. So the
 * refunds of a line always add up to exactly its amounts once every unit is back, and never more.
 */
export function lineRefund(line: RefundableLine, quantityMilli: number): Result<LineRefund> {
  const left = line.quantityMilli - line.refundedQuantityMilli;
  if (quantityMilli < 1 || quantityMilli > left) return err('refund_exceeds_refundable', `at most ${left} thousandths of this line can be refunded`);
  const after = line.refundedQuantityMilli + quantityMilli;
  const net = shareOf(line.netMinor, after, line.quantityMilli) - shareOf(line.netMinor, line.refundedQuantityMilli, line.quantityMilli);
  const tax = shareOf(line.taxMinor, after, line.quantityMilli) - shareOf(line.taxMinor, line.refundedQuantityMilli, line.quantityMilli);
  return ok({ lineId: line.lineId, quantityMilli, netMinor: net, taxMinor: tax, totalMinor: net + tax });
}

/** What is still refundable of a line (every unit not yet refunded). */
export function lineRefundable(line: RefundableLine): { readonly quantityMilli: number; readonly totalMinor: number } {
  const left = line.quantityMilli - line.refundedQuantityMilli;
  if (left === 0) return { quantityMilli: 0, totalMinor: 0 };
  const refund = lineRefund(line, left);
  return { quantityMilli: left, totalMinor: refund.ok ? refund.value.totalMinor : 0 };
}

/**
 * How a refund total goes back to the sale's tenders: in proportion to what each may still take
 * back (what it paid less its earlier refunds), by `allocate`, so no tender gets more than it
 * paid. `refundableMinor` in the sale's tender order.
 */
export function tenderShares(totalMinor: number, refundableMinor: readonly number[]): Result<number[]> {
  const available = refundableMinor.reduce((sum, v) => sum + v, 0);
  if (totalMinor > available) return err('refund_exceeds_refundable', `the tenders can take back at most ${available}`);
  if (totalMinor === 0) return ok(refundableMinor.map(() => 0));
  return allocate(totalMinor, refundableMinor);
}

/**
 * What the drawer pays out for a cash share of `exactMinor`, after `exactBeforeMinor` went back in
 * cash by earlier refunds of the same sale (both exact, before rounding). The running total is
 * rounded to the cash increment, not each share: so every payout is whole coins, the payouts of a
 * sale never add up to more than the cash it took (round(part) ≤ round(whole)), and once all of it
 * is back they add up to exactly that (the sale's cash was round(whole) too). The payout less the
 * share is the refund's cash rounding, booked against the rounding account.
 */
export function cashPayout(exactBeforeMinor: number, exactMinor: number, incrementMinor: number): number {
  return roundToCashIncrement(exactBeforeMinor + exactMinor, incrementMinor) - roundToCashIncrement(exactBeforeMinor, incrementMinor);
}

/** A refund's cash rounding: what its tenders paid back less its total (0 unless cash was rounded). */
export function refundRounding(tenders: readonly { readonly amountMinor: number }[], totalMinor: number): number {
  return tenders.reduce((sum, t) => sum + t.amountMinor, 0) - totalMinor;
}
