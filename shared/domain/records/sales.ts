import { AMOUNT_MINOR_MAX } from '../limits';
import { z } from '../zod';
import type { RecordSpec } from './record-spec';

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const currency = z.string().length(3);
const minor = z.int().min(0).max(AMOUNT_MINOR_MAX);
const signedMinor = z.int().min(-AMOUNT_MINOR_MAX).max(AMOUNT_MINOR_MAX);
const quantityMilli = z.int().min(1).max(1_000_000_000);
const rateBp = z.int().min(0).max(10_000);
const taxClass = z.string().min(1).max(32);
const reference = z.string().max(64).nullable();

export const SALE_RECORD_TENDER_KINDS = ['cash', 'card', 'wallet', 'external_card', 'provider'] as const;
export const PAYMENT_METHODS = ['alipay', 'wechat_pay', 'unionpay_qr'] as const;

const taxRow = z.strictObject({ taxClass, rateBp, netMinor: minor, taxMinor: minor, totalMinor: minor });

/**
 * One tender of a sale as the backend settles it: card by id and last 4 (never more), wallet by
 * id, external card by its approval code, provider payment by its id and the provider's reference.
 * Cash carries what it paid (the cash due) and what was handed over.
 */
const saleTenderBody = z.strictObject({
  tenderId: id,
  kind: z.enum(SALE_RECORD_TENDER_KINDS),
  amountMinor: minor,
  cashHandedMinor: minor.nullable(),
  cardId: id.nullable(),
  last4: z.string().regex(/^[0-9]{4}$/).nullable(),
  authorizationId: id.nullable(),
  walletId: id.nullable(),
  paymentId: id.nullable(),
  method: z.enum(PAYMENT_METHODS).nullable(),
  reference,
});

const saleLineBody = z.strictObject({
  lineId: id,
  productId: id,
  sku: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  quantityMilli,
  unitPriceMinor: minor,
  overridden: z.boolean(),
  overrideId: id.nullable(),
  grossMinor: minor,
  discountMinor: minor,
  netMinor: minor,
  taxMinor: minor,
  totalMinor: minor,
  taxClass,
  taxRateBp: rateBp,
});

/** A refund's or void's body: what went back, per line and per tender. */
const refundBody = z.strictObject({
  refundId: id,
  saleId: id,
  receiptNumber: z.int().min(1),
  shiftId: id,
  approvedBy: id,
  currency,
  netMinor: minor,
  taxMinor: minor,
  totalMinor: minor,
  lines: z.array(z.strictObject({ lineId: id, quantityMilli, netMinor: minor, taxMinor: minor, totalMinor: minor })).max(500),
  tenders: z.array(z.strictObject({ tenderId: id, kind: z.enum(SALE_RECORD_TENDER_KINDS), amountMinor: minor })).max(10),
});

/**
 * Records of the sales domain, by journal kind: the outbox wire bodies a settlement backend
 * applies (the header carries the operation id, terminal, staff and time). Ids and minor units;
 * a card appears by id and last 4 only, never a PAN, PIN or security code.
 */
export const SALES_RECORDS = {
  /** A completed sale: its lines, the taxes per (class, rate), and its tenders; the ledger batch has the sale id. */
  'sale.completed': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({
      saleId: id,
      receiptNumber: z.int().min(1),
      shiftId: id,
      currency,
      pricesIncludeTax: z.boolean(),
      subtotalMinor: minor,
      discountMinor: minor,
      netMinor: minor,
      taxMinor: minor,
      totalMinor: minor,
      cashRoundingMinor: signedMinor,
      changeMinor: minor,
      demo: z.boolean(),
      lines: z.array(saleLineBody).max(500),
      taxes: z.array(taxRow).max(50),
      tenders: z.array(saleTenderBody).max(10),
    }),
  },
  /** Some or all lines given back to the original tenders, approved by a manager. */
  'sale.refunded': { version: 1, schema: refundBody },
  /** The whole sale reversed (no refunds before it), approved by a manager. */
  'sale.voided': { version: 1, schema: refundBody },
  /** A manager approved another unit price for one line of a cart (the line names it by overrideId). */
  'sale.priceOverridden': {
    version: 1,
    schema: z.strictObject({
      overrideId: id, cartId: id, lineId: id, productId: id, currency, unitPriceMinor: minor, catalogPriceMinor: minor.nullable(), approvedBy: id,
    }),
  },
  /** A provider payment was asked for (before the provider was called): pending. */
  'payment.requested': {
    version: 1,
    schema: z.strictObject({ paymentId: id, saleId: id, method: z.enum(PAYMENT_METHODS), currency, amountMinor: minor }),
  },
  /** The provider's answer, or what a lookup found; `unknown` is not a resolution (the payment stays open). */
  'payment.resolved': {
    version: 1,
    schema: z.strictObject({
      paymentId: id, saleId: id, method: z.enum(PAYMENT_METHODS), currency, amountMinor: minor,
      status: z.enum(['approved', 'declined']), providerReference: reference,
    }),
  },
} as const satisfies Record<string, RecordSpec>;
