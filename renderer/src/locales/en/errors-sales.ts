import type { SalesErrorCode } from '../../../../shared/domain/errors';

/** One message per error code of the sales domain: what happened, then what to do. */
export const salesErrors = {
  cart_product_unknown: 'A product in the cart is not in the catalog any more. Remove the line and scan it again.',
  cart_product_inactive: 'A product in the cart is no longer sold. Remove the line.',
  cart_product_unpriced: 'A product in the cart has no price in this currency. Ask a manager to set its price.',
  cart_currency_mismatch: 'The cart is not in the shop’s currency. Start a new cart.',
  price_override_not_found: 'The approved price for this line was not found. Ask a manager to approve the price again.',
  cart_empty: 'The cart is empty. Add an item first.',
  total_changed: 'The total changed since it was shown (a price or tax changed). Check the new total and take payment again.',
  tenders_mismatch: 'The payments do not add up to the total. Only cash may be more than its part: the rest is change.',
  tender_currency_mismatch: 'This card, wallet or payment is in another currency than the sale.',
  payment_not_found: 'No payment has this reference. Start the payment again.',
  payment_not_approved: 'The payment is not approved yet. Check its status before completing the sale.',
  payment_already_used: 'This payment already paid another sale.',
  parked_cart_not_found: 'This parked cart is gone: it was resumed or discarded.',
  sale_not_found: 'No sale has this receipt number or code.',
  sale_voided: 'This sale was voided: nothing more can be given back.',
  sale_has_refunds: 'This sale has refunds, so it cannot be voided. Refund the remaining lines instead.',
  refund_line_not_found: 'This line is not on the sale. Find the sale again.',
  refund_exceeds_refundable: 'That is more than can still be refunded. Lower the quantity.',
  receipt_not_found: 'No receipt has this id.',
} as const satisfies Record<SalesErrorCode, string>;
