import { cartInput } from '../../domain/sales/cart';
import { maskedCard, receipt, RECEIPT_PROVIDERS } from '../../domain/sales/receipt';
import { amountMinor, amountMinorOrZero, currencyCode, text, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';

/** Schemas of the sales domain's contract entries (shared/ipc/contract/sales-domain.ts). */

/** An id as stored (any UUID version: ids written by other domains and by main). */
const anyUuid = z.string().length(36).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const quantityMilli = z.int().min(1).max(1_000_000_000);
const quantityMilliOrZero = z.int().min(0).max(1_000_000_000);
const signedMinor = z.int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/** What the approval code of an external card terminal may hold (the shared tender rule). */
export const approvalCode = z.string().max(32).regex(/^[A-Za-z0-9-]{1,32}$/);
/** The receipt number printed on a sale (gapless per terminal, from 1). */
export const receiptNumber = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
export const SALE_TENDERS_MAX = 10;

/**
 * One tender of a sale. Cash is what the customer handed over (change = cash handed − cash due,
 * computed by main); a card tender is an authorisation from cards.authorize, captured in full in
 * the sale's transaction; a wallet tender debits the wallet named by its address (typed or
 * scanned QR); an external card is the shop's own terminal (its approval code recorded); a
 * provider tender is an approved payments.request.
 */
export const saleTender = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cash'), tenderId: uuidV7, amountMinor }),
  z.strictObject({ kind: z.literal('card'), tenderId: uuidV7, authorizationId: uuidV7 }),
  z.strictObject({ kind: z.literal('wallet'), tenderId: uuidV7, walletAddress: text(32).min(1), amountMinor }),
  z.strictObject({ kind: z.literal('external_card'), tenderId: uuidV7, amountMinor, approvalCode }),
  z.strictObject({ kind: z.literal('provider'), tenderId: uuidV7, paymentId: uuidV7 }),
]);
export type SaleTender = z.infer<typeof saleTender>;
export const SALE_TENDER_KINDS = ['cash', 'card', 'wallet', 'external_card', 'provider'] as const;
export type SaleTenderKind = (typeof SALE_TENDER_KINDS)[number];

const uniqueTenderIds = (tenders: readonly SaleTender[]): boolean => new Set(tenders.map((t) => t.tenderId)).size === tenders.length;

export const priceInput = z.strictObject({ cart: cartInput });

/** The tenders of a split taken so far, as what each pays (a card's authorised amount, cash handed over). */
export const dueInput = z.strictObject({
  cart: cartInput,
  tenders: z.array(z.strictObject({ kind: z.enum(SALE_TENDER_KINDS), amountMinor })).max(SALE_TENDERS_MAX),
});

/** core's running figures of a split (core/sales/tender-split.ts `tenderDue`): the screen shows them as they are. */
export const dueOutput = z.strictObject({
  currency: currencyCode,
  totalMinor: amountMinorOrZero,
  /** What a non-cash tender pays next. */
  dueMinor: amountMinorOrZero,
  /** What cash is due next (cash-rounded); 0 once cash is taken. */
  cashDueMinor: amountMinorOrZero,
  /** The tenders pay the sale: sales.complete accepts them. */
  paid: z.boolean(),
});

export const completeInput = z.strictObject({
  /** Client-generated before the first attempt: the idempotency key of the sale. */
  saleId: uuidV7,
  cart: cartInput,
  /** The total the customer was shown (PricedCart.totalMinor); a different core total is total_changed. */
  expectedTotalMinor: amountMinorOrZero,
  tenders: z.array(saleTender).max(SALE_TENDERS_MAX).refine(uniqueTenderIds, 'tender ids must be unique'),
});

export const completeOutput = z.strictObject({
  saleId: uuidV7,
  receiptNumber,
  completedAtMs: timeMs,
  totalMinor: amountMinorOrZero,
  /** Cash handed over less the cash due (after cash rounding); 0 without cash. */
  changeMinor: amountMinorOrZero,
  receipt,
  /** True when this answer repeats the outcome of an earlier call with the same sale id. */
  replayed: z.boolean(),
});

/** A sale by its printed number (this terminal), its id, or the scanned receipt code (a sale's or a refund's receipt id). */
export const findInput = z
  .strictObject({ receiptNumber: receiptNumber.optional(), saleId: uuidV7.optional(), code: text(64).min(1).optional() })
  .refine((v) => [v.receiptNumber, v.saleId, v.code].filter((x) => x !== undefined).length === 1, 'name the sale one way: receiptNumber, saleId or code');

export const saleLineView = z.strictObject({
  lineId: uuidV7,
  productId: uuidV7,
  sku: text(64),
  name: text(120),
  quantityMilli,
  unitPriceMinor: amountMinorOrZero,
  discountMinor: amountMinorOrZero,
  netMinor: amountMinorOrZero,
  taxMinor: amountMinorOrZero,
  totalMinor: amountMinorOrZero,
  taxClass: text(32),
  taxRateBp: z.int().min(0).max(10_000),
  refundedQuantityMilli: quantityMilliOrZero,
  refundableQuantityMilli: quantityMilliOrZero,
  /** What refunding every refundable unit of the line would give back. */
  refundableMinor: amountMinorOrZero,
});

export const saleTenderView = z.strictObject({
  tenderId: uuidV7,
  kind: z.enum(SALE_TENDER_KINDS),
  /** What the tender paid towards the sale (cash: the cash due, not what was handed over). */
  amountMinor: amountMinorOrZero,
  refundedMinor: amountMinorOrZero,
  refundableMinor: amountMinorOrZero,
  maskedCard: maskedCard.nullable(),
  /** External card approval code, provider reference, or null. */
  reference: text(64).nullable(),
});

export const saleRefundView = z.strictObject({
  refundId: uuidV7, kind: z.enum(['refund', 'void']), atMs: timeMs, totalMinor: amountMinorOrZero, receiptNumber: text(32),
});

export const saleDetail = z.strictObject({
  saleId: uuidV7,
  receiptNumber,
  status: z.enum(['completed', 'voided']),
  completedAtMs: timeMs,
  currency: currencyCode,
  staffId: anyUuid,
  totalMinor: amountMinorOrZero,
  cashRoundingMinor: signedMinor,
  lines: z.array(saleLineView).max(500),
  tenders: z.array(saleTenderView).max(SALE_TENDERS_MAX),
  refunds: z.array(saleRefundView).max(1000),
  /** Σ refundable of the lines: what may still be given back. */
  refundableMinor: amountMinorOrZero,
});

export const refundLineInput = z.strictObject({ lineId: uuidV7, quantityMilli });

export const refundInput = z.strictObject({
  /** Client-generated: the idempotency key of the refund (and the receipt id of its slip). */
  refundId: uuidV7,
  saleId: uuidV7,
  lines: z.array(refundLineInput).min(1).max(500).refine((ls) => new Set(ls.map((l) => l.lineId)).size === ls.length, 'line ids must be unique'),
  /** A manager's grant for refundApproval({ saleId, refundId }). */
  approvalId: uuidV7,
});

export const voidInput = z.strictObject({
  voidId: uuidV7,
  saleId: uuidV7,
  /** A manager's grant for voidApproval({ saleId, voidId }). */
  approvalId: uuidV7,
});

export const refundOutput = z.strictObject({
  refundId: uuidV7,
  saleId: uuidV7,
  kind: z.enum(['refund', 'void']),
  atMs: timeMs,
  currency: currencyCode,
  netMinor: amountMinorOrZero,
  taxMinor: amountMinorOrZero,
  totalMinor: amountMinorOrZero,
  /** Where the money went back: each original tender and its part. */
  tenders: z.array(z.strictObject({ tenderId: uuidV7, kind: z.enum(SALE_TENDER_KINDS), amountMinor: amountMinorOrZero })).max(SALE_TENDERS_MAX),
  receipt,
  replayed: z.boolean(),
});

/** A sale's or a refund's receipt; `print: true` marks this fetch as a print (every later one is a copy). */
export const receiptInput = z.strictObject({ receiptId: uuidV7, print: z.boolean().optional() });

export const parkInput = z.strictObject({ cart: cartInput, label: text(60).optional() });
export const parkOutput = z.strictObject({ cartId: uuidV7, parkedAtMs: timeMs });

export const parkedCartView = z.strictObject({
  cartId: uuidV7,
  label: text(60).nullable(),
  currency: currencyCode,
  lineCount: z.int().min(0).max(500),
  parkedAtMs: timeMs,
  parkedBy: anyUuid,
});
export const parkedOutput = z.strictObject({ carts: z.array(parkedCartView).max(200) });
export const cartIdInput = z.strictObject({ cartId: uuidV7 });
export const resumeOutput = z.strictObject({ cart: cartInput, label: text(60).nullable() });
export const discardOutput = z.strictObject({ cartId: uuidV7 });

export const overridePriceInput = z.strictObject({
  /** Client-generated: the id the cart line then names in `overrideId`. */
  overrideId: uuidV7,
  cartId: uuidV7,
  lineId: uuidV7,
  productId: uuidV7,
  unitPriceMinor: amountMinorOrZero,
  /** A manager's grant for priceOverrideApproval({ overrideId, productId, unitPriceMinor }). */
  approvalId: uuidV7,
});
export const overridePriceOutput = z.strictObject({
  overrideId: uuidV7, cartId: uuidV7, lineId: uuidV7, productId: uuidV7, unitPriceMinor: amountMinorOrZero,
  approvedBy: anyUuid, atMs: timeMs, replayed: z.boolean(),
});

/** What a customer display may show of a wallet payment: the payload its QR encodes. */
export const displayQrInput = z.strictObject({ payload: text(256).min(1) });

export const paymentMethod = z.enum(RECEIPT_PROVIDERS);
export const PAYMENT_STATUSES = ['pending', 'approved', 'declined', 'unknown'] as const;
