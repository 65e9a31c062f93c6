import { isCurrencyCode } from '../currency';
import { AMOUNT_MINOR_MAX } from '../limits';
import { isCleanName, NAME_CHARS_MAX } from '../name';
import { z } from '../zod';
import { taxClassCode } from './tax-profiles';

/**
 * The receipt model (issue 9 §4): SALES builds it from the stored sale or refund (`sales.receipt`,
 * `sales.complete`), RECEIPTS renders it to the screen, the system printer, PDF and ESC/POS bytes.
 * Every figure is computed by core before it lands here; renderers format, never compute.
 *
 * Amounts are integer minor units of `currency` and, except `cashRoundingMinor`, never negative:
 * a refund or void receipt prints the amounts given back as positive numbers, and `kind` says the
 * direction. No schema here transforms its value, so what SALES built is what is printed.
 */

const LINES_MAX = 500;
const TAXES_MAX = 50;
const TENDERS_MAX = 20;

// Printed text: bounded, well formed, no control or bidi-override character (a newline in a
// product name would forge a receipt line; a bidi override would make a line read differently).
const printable = (maxChars: number) => z.string().min(1).max(maxChars).refine(isCleanName, 'must be printable text');

const minor = z.int().min(0).max(AMOUNT_MINOR_MAX);
const signedMinor = z.int().min(-AMOUNT_MINOR_MAX).max(AMOUNT_MINOR_MAX);

/**
 * A card as the receipt may show it: masking characters and the last 4 digits, optionally after a
 * 6- or 8-digit BIN ('•••• 1234', '622202 •••• 1234', '62220212 ••••1234'). At most 12 digits
 * survive, never as one run longer than the BIN, so a full PAN can never pass.
 */
export const MASKED_CARD = /^(?:[0-9]{6}(?:[0-9]{2})? ?)?(?:[•*]{2,4} ?){1,4}[0-9]{4}$/u;
export const maskedCard = z.string().max(40).regex(MASKED_CARD, 'at most BIN + last 4, the rest masked');

export const RECEIPT_KINDS = ['sale', 'refund', 'void'] as const;
export const RECEIPT_TENDER_KINDS = ['cash', 'card', 'wallet', 'external_card', 'provider'] as const;
export const RECEIPT_PROVIDERS = ['alipay', 'wechat_pay', 'unionpay_qr'] as const;
export const RECEIPT_LOCALES = ['zh-CN', 'en'] as const;

export const receiptLine = z.strictObject({
  name: printable(NAME_CHARS_MAX),
  /** Thousandths: 1000 is one item, weighed goods in grams. */
  quantityMilli: z.int().min(1).max(1_000_000_000),
  unitPriceMinor: minor,
  /** Line and order discounts on this line together. */
  discountMinor: minor,
  totalMinor: minor,
  /** The short mark that ties the line to its row of the tax table ('A', '13%'). */
  taxLabel: z.string().max(16).refine(isCleanName, 'must be printable text'),
});
export type ReceiptLine = z.infer<typeof receiptLine>;

export const receiptTax = z.strictObject({
  /** The row's mark as stored ('A', 'standard 13%'): printed when the class has no name in the receipt's language. */
  label: printable(40),
  /** The tax class of the row, named in the receipt's language where the labels know it. */
  taxClass: taxClassCode.optional(),
  rateBp: z.int().min(0).max(10_000),
  netMinor: minor,
  taxMinor: minor,
});
export type ReceiptTax = z.infer<typeof receiptTax>;

export const receiptTender = z.strictObject({
  kind: z.enum(RECEIPT_TENDER_KINDS),
  amountMinor: minor,
  /** Which payment provider, for a `provider` tender (printed as its name). */
  provider: z.enum(RECEIPT_PROVIDERS).optional(),
  maskedCard: maskedCard.optional(),
  approvalCode: z.string().max(32).regex(/^[A-Za-z0-9-]{1,32}$/).optional(),
  providerReference: z.string().max(64).regex(/^[A-Za-z0-9 /._-]{1,64}$/).optional(),
  /** The card's or wallet's balance after this payment or refund. */
  remainingBalanceMinor: minor.optional(),
});
export type ReceiptTender = z.infer<typeof receiptTender>;

export const receipt = z.strictObject({
  /** The sale id (kind 'sale' or 'void') or the refund id (kind 'refund'). */
  receiptId: z.string().length(36).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  kind: z.enum(RECEIPT_KINDS),
  receiptNumber: printable(32),
  /** For a refund or void: the number of the sale's receipt it gives back. */
  originalReceiptNumber: printable(32).optional(),
  /** A reprint: every rendering marks it COPY / 副本. */
  copy: z.boolean(),
  /** The printed language; absent means the terminal's locale setting at the time of rendering. */
  locale: z.enum(RECEIPT_LOCALES).optional(),
  merchant: z.strictObject({
    name: printable(NAME_CHARS_MAX),
    address: printable(200).optional(),
    taxId: printable(40).optional(),
  }),
  terminalName: printable(NAME_CHARS_MAX),
  staffFirstName: printable(NAME_CHARS_MAX),
  atMs: z.int().min(0),
  currency: z.string().length(3).refine(isCurrencyCode, 'unknown ISO 4217 currency'),
  lines: z.array(receiptLine).max(LINES_MAX),
  taxes: z.array(receiptTax).max(TAXES_MAX),
  subtotalMinor: minor,
  discountMinor: minor,
  /** The document total, net + tax (the sale's total_minor), before cash rounding. */
  totalMinor: minor,
  /** Signed: what cash rounding added to (positive) or took off (negative) the total. */
  cashRoundingMinor: signedMinor,
  tenders: z.array(receiptTender).max(TENDERS_MAX),
  changeMinor: minor,
  /** What the barcode / QR encodes: the receipt id, scanned back by refunds (`sales.find`). */
  code: z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/),
});
export type Receipt = z.infer<typeof receipt>;
export type ReceiptKind = Receipt['kind'];
export type ReceiptLocale = (typeof RECEIPT_LOCALES)[number];
