/**
 * A shift's sales totals (SALES's `saleTotals`, read by SHIFTS for X and Z reports). Sales count
 * in the shift they were completed in, refunds and voids in the shift they were given back in (so
 * a figure can be negative when a shift gives back more than it sold). `totalMinor` and the tax
 * rows are sales minus refunds and voids. Tender figures include cash rounding (cash: the cash
 * due, what the drawer kept after change), so Σ byTender.salesMinor = Σ sale totals + rounding.
 */
export type SalesTotals = {
  readonly currency: string;
  readonly saleCount: number;
  readonly refundCount: number;
  readonly voidCount: number;
  /** Σ line gross (before discounts) of the shift's sales. */
  readonly grossMinor: number;
  readonly discountMinor: number;
  readonly netMinor: number;
  readonly taxMinor: number;
  /** Sales minus refunds and voids. */
  readonly totalMinor: number;
  /** Σ refunds and voids given back in the shift. */
  readonly refundsMinor: number;
  readonly byTax: readonly { readonly taxClass: string; readonly rateBp: number; readonly netMinor: number; readonly taxMinor: number; readonly totalMinor: number }[];
  readonly byTender: readonly { readonly kind: string; readonly salesMinor: number; readonly refundsMinor: number }[];
  /** Cash kept from the shift's sales, after change (cash rounding included). */
  readonly cashTakenMinor: number;
  /** Cash given back from the drawer by the shift's refunds and voids. */
  readonly cashRefundedMinor: number;
};
