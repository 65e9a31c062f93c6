/** Error codes of the sales domain (part of the closed union in shared/domain/errors.ts). */
export const SALES_ERROR_CODES = [
  /** A cart line names a product the catalog does not have. */
  'cart_product_unknown',
  /** A cart line names a product that is no longer sold (inactive). */
  'cart_product_inactive',
  /** The product has no price in the cart's currency. */
  'cart_product_unpriced',
  /** The cart's currency is not the merchant's base currency (the shift's). */
  'cart_currency_mismatch',
  /** A line names a price override that does not exist, or was approved for another product or line. */
  'price_override_not_found',
  /** A sale needs at least one line. */
  'cart_empty',
  /** Core priced the cart to another total than the one shown: price it again and show it. */
  'total_changed',
  /** The tenders do not pay the total exactly (only cash may exceed what it pays: change). */
  'tenders_mismatch',
  /** A card's, wallet's or payment's currency is not the sale's. */
  'tender_currency_mismatch',
  /** No provider payment has this id. */
  'payment_not_found',
  /** The provider payment is not approved (declined, pending or unknown: look it up). */
  'payment_not_approved',
  /** The provider payment already paid another sale. */
  'payment_already_used',
  /** No parked cart has this id (resumed, discarded or never parked). */
  'parked_cart_not_found',
  /** No sale has this id, number or receipt code. */
  'sale_not_found',
  /** The sale was voided: nothing more can be refunded or voided. */
  'sale_voided',
  /** A sale with refunds cannot be voided (refund its remaining lines instead). */
  'sale_has_refunds',
  /** A refund names a line that is not on the sale. */
  'refund_line_not_found',
  /** More than is still refundable of a line (quantity), or of the sale. */
  'refund_exceeds_refundable',
  /** No sale or refund has this receipt id. */
  'receipt_not_found',
] as const;
