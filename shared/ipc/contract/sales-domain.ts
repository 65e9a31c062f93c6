import { pricedCart } from '../../domain/sales/priced-cart';
import { receipt } from '../../domain/sales/receipt';
import type { MethodSpec } from '../method';
import { empty } from '../schemas';
import { z } from '../zod';
import { paymentsContract } from './payments';
import {
  cartIdInput, completeInput, completeOutput, discardOutput, displayQrInput, findInput, overridePriceInput, overridePriceOutput,
  dueInput, dueOutput, parkedOutput, parkInput, parkOutput, priceInput, receiptInput, refundInput, refundOutput, resumeOutput, saleDetail, voidInput,
} from './sales-schemas';

/** The manager approval a refund needs: one grant for exactly this refund of this sale, used once. */
export function refundApproval(target: { saleId: string; refundId: string }): { readonly action: 'sales.refund'; readonly subject: string } {
  return { action: 'sales.refund', subject: `sale ${target.saleId} refund ${target.refundId}` };
}

/** The manager approval a void needs: one grant for exactly this void of this sale, used once. */
export function voidApproval(target: { saleId: string; voidId: string }): { readonly action: 'sales.void'; readonly subject: string } {
  return { action: 'sales.void', subject: `sale ${target.saleId} void ${target.voidId}` };
}

/** The manager approval a price override needs: this product at this unit price, under this override id. */
export function priceOverrideApproval(target: { overrideId: string; productId: string; unitPriceMinor: number }): {
  readonly action: 'sales.overridePrice'; readonly subject: string;
} {
  return { action: 'sales.overridePrice', subject: `override ${target.overrideId} product ${target.productId} price ${target.unitPriceMinor}` };
}

// What pricing a cart can refuse (catalog facts, overrides, discounts): sales.price, park and complete share it.
const CART_ERRORS = [
  'cart_product_unknown', 'cart_product_inactive', 'cart_product_unpriced', 'cart_currency_mismatch', 'price_override_not_found',
  'discount_exceeds_amount', 'unknown_tax_class', 'amount_overflow',
] as const;

/**
 * The contract entries of the sales domain (issue 9 §2, §3, §5): pricing a cart through core,
 * parked carts, price overrides, completing a sale with its tenders, finding a sale, refunds and
 * voids, receipts, and the external payment providers. Money moves are idempotent by the
 * client's id (saleId, refundId, voidId, paymentId).
 */
export const salesDomainContract = {
  /** Prices the cart in core (catalog prices, the merchant's tax profile) and shows it on the customer display. */
  'sales.price': { input: priceInput, output: pricedCart, access: 'signedIn', errors: [...CART_ERRORS] },
  /** What is still due in a split after the tenders taken so far, and whether they pay the sale (re-priced in core). */
  'sales.due': { input: dueInput, output: dueOutput, access: 'signedIn', errors: [...CART_ERRORS] },
  /** Parks a cart (a re-park of the same cart id replaces it); parked carts survive a restart. */
  'sales.park': { input: parkInput, output: parkOutput, access: 'signedIn', errors: ['cart_currency_mismatch'] },
  /** The parked carts of this terminal, oldest first. */
  'sales.parked': { input: empty, output: parkedOutput, access: 'signedIn', errors: [] },
  /** Takes a parked cart back into the till (it leaves the parked list). */
  'sales.resume': { input: cartIdInput, output: resumeOutput, access: 'signedIn', errors: ['parked_cart_not_found'] },
  /** Throws a parked cart away (kept in the table as discarded). */
  'sales.discardParked': { input: cartIdInput, output: discardOutput, access: 'signedIn', errors: ['parked_cart_not_found'] },
  /**
   * A manager-approved unit price for one line (priceOverrideApproval); the line names it in
   * `overrideId` and pricing uses it. Audited. forbidden: a missing, used or re-targeted approval.
   */
  'sales.overridePrice': {
    input: overridePriceInput,
    output: overridePriceOutput,
    access: 'signedIn',
    errors: ['forbidden', 'cart_product_unknown', 'id_exists_with_different_content'],
  },
  /**
   * Completes a sale in one transaction: re-priced in core (a different total is total_changed:
   * call sales.price again and show it), tenders summing exactly to the total (cash may exceed
   * its due: change), cards captured, wallets debited, one ledger batch, a gapless receipt number,
   * the sale.completed record. A repeat of the sale id answers the first outcome (replayed).
   */
  'sales.complete': {
    input: completeInput,
    output: completeOutput,
    access: 'signedIn',
    errors: [
      ...CART_ERRORS, 'cart_empty', 'shift_not_open', 'total_changed', 'tenders_mismatch', 'tender_currency_mismatch',
      'hold_not_found', 'hold_already_resolved', 'hold_expired',
      'invalid_wallet_address', 'not_found', 'insufficient_funds',
      'payment_not_found', 'payment_not_approved', 'payment_already_used', 'id_exists_with_different_content',
    ],
  },
  /** A sale with what may still be refunded, per line and per tender. */
  'sales.find': { input: findInput, output: saleDetail, access: 'signedIn', errors: ['sale_not_found'] },
  /**
   * Refunds some or all of a sale's lines to its original tenders (card to card, wallet to wallet,
   * cash from the drawer, external card / provider to their clearing), never more than was paid,
   * with a manager's one-shot approval (refundApproval). forbidden: a missing or used approval.
   */
  'sales.refund': {
    input: refundInput,
    output: refundOutput,
    access: 'signedIn',
    errors: [
      'forbidden', 'sale_not_found', 'sale_voided', 'refund_line_not_found', 'refund_exceeds_refundable', 'shift_not_open',
      'card_closed', 'id_exists_with_different_content',
    ],
  },
  /** Reverses a whole sale that has no refunds (reversing transfers; status voided; nothing deleted), manager-approved (voidApproval). */
  'sales.void': {
    input: voidInput,
    output: refundOutput,
    access: 'signedIn',
    errors: ['forbidden', 'sale_not_found', 'sale_voided', 'sale_has_refunds', 'shift_not_open', 'card_closed', 'id_exists_with_different_content'],
  },
  /** A sale's or refund's receipt model; copy: true once it was printed before. */
  'sales.receipt': { input: receiptInput, output: receipt, access: 'signedIn', errors: ['receipt_not_found'] },
  /** Shows a wallet-payment QR on the customer display (display.walletQr). */
  'sales.displayQr': { input: displayQrInput, output: z.strictObject({ shown: z.literal(true) }), access: 'signedIn', errors: [] },
  ...paymentsContract,
} as const satisfies Record<string, MethodSpec>;
