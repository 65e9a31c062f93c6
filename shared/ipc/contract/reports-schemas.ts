import { currencyCode, timeMs } from '../schemas';
import { z } from '../zod';

/** Schemas of the reports calls (shared/ipc/contract/shifts-reports.ts). */

const DAY_MS = 86_400_000;
/** The longest range one report covers; hourly buckets are limited to a month. */
export const REPORT_RANGE_DAYS_MAX = 400;
export const HOURLY_RANGE_DAYS_MAX = 31;
/** The most rows one report returns (products beyond it are cut, biggest first). */
export const REPORT_ROWS_MAX = 5000;

export const REPORT_GROUPS = ['hour', 'day', 'product', 'category', 'tender', 'staff'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

const range = { fromMs: timeMs, toMs: timeMs };
const validRange = (r: { fromMs: number; toMs: number }) => r.toMs > r.fromMs && r.toMs - r.fromMs <= REPORT_RANGE_DAYS_MAX * DAY_MS;

/** [fromMs, toMs): sales completed and refunds made in that range, by the terminal's clock. */
export const salesReportInput = z
  .strictObject({ ...range, groupBy: z.enum(REPORT_GROUPS) })
  .refine(validRange, `toMs must be after fromMs and within ${REPORT_RANGE_DAYS_MAX} days`)
  .refine((r) => r.groupBy !== 'hour' || r.toMs - r.fromMs <= HOURLY_RANGE_DAYS_MAX * DAY_MS, `hourly reports cover at most ${HOURLY_RANGE_DAYS_MAX} days`);

/**
 * One group of a sales report, in one currency. Figures are net of refunds and voids:
 * `totalMinor` = `salesMinor` − `refundsMinor`; a refund counts where it happened (its hour or day,
 * the staff member who made it, the tender it went back to, the product it returned).
 * `netMinor`/`taxMinor` are null for tenders (a payment has no tax split); `quantityMilli` only
 * for products and categories (thousandths: 1000 = one item).
 */
export const salesReportRow = z.strictObject({
  /** hour/day: the bucket's local start as 'YYYY-MM-DD HH:00' / 'YYYY-MM-DD'; else the id (product, category, staff) or tender kind. */
  key: z.string().max(64),
  /** What the screen shows: the product, category or staff name, the tender kind, or the bucket. */
  label: z.string().max(200),
  /** hour/day: the bucket's start (ms, local time zone); else null. */
  bucketStartMs: timeMs.nullable(),
  currency: currencyCode,
  saleCount: z.int().min(0),
  refundCount: z.int().min(0),
  quantityMilli: z.int().nullable(),
  salesMinor: z.int(),
  refundsMinor: z.int(),
  totalMinor: z.int(),
  netMinor: z.int().nullable(),
  taxMinor: z.int().nullable(),
});
export type SalesReportRow = z.infer<typeof salesReportRow>;

/** The whole range per currency: sums of the rows (for tender: of the sales, whatever paid them). */
export const salesReportTotal = z.strictObject({
  currency: currencyCode,
  saleCount: z.int().min(0),
  refundCount: z.int().min(0),
  voidCount: z.int().min(0),
  salesMinor: z.int(),
  refundsMinor: z.int(),
  totalMinor: z.int(),
  netMinor: z.int(),
  taxMinor: z.int(),
});

export const salesReportOutput = z.strictObject({
  fromMs: timeMs,
  toMs: timeMs,
  groupBy: z.enum(REPORT_GROUPS),
  /** The IANA zone the hour and day buckets are in (the host's, for now). */
  timeZone: z.string().max(64),
  rows: z.array(salesReportRow).max(REPORT_ROWS_MAX),
  /** True when more groups exist than were returned (products: the biggest totals are kept). */
  truncated: z.boolean(),
  totals: z.array(salesReportTotal).max(200),
});
export type SalesReport = z.infer<typeof salesReportOutput>;

export const taxesReportInput = z.strictObject(range).refine(validRange, `toMs must be after fromMs and within ${REPORT_RANGE_DAYS_MAX} days`);

/** Taxes collected per currency, class and rate: sales less refunds and voids (net + tax = total). */
export const taxesReportRow = z.strictObject({
  currency: currencyCode,
  taxClass: z.string().max(40),
  rateBp: z.int().min(0),
  netMinor: z.int(),
  taxMinor: z.int(),
  totalMinor: z.int(),
});
export const taxesReportOutput = z.strictObject({ fromMs: timeMs, toMs: timeMs, rows: z.array(taxesReportRow).max(500) });

/**
 * Stored value the merchant owes, per currency, from the ledger accounts (posted balances:
 * credits − debits): card balances, wallet balances, sold unredeemed vouchers. `heldMinor` is the
 * part of card and wallet balances held by open authorisations.
 */
export const storedValueRow = z.strictObject({
  currency: currencyCode,
  cardsMinor: z.int(),
  cardAccounts: z.int().min(0),
  walletsMinor: z.int(),
  walletAccounts: z.int().min(0),
  vouchersMinor: z.int(),
  heldMinor: z.int(),
  totalMinor: z.int(),
});
export const storedValueOutput = z.strictObject({ atMs: timeMs, rows: z.array(storedValueRow).max(200) });
