import { ACCOUNT_KINDS } from '../../../../shared/domain/account-kinds';
import type { Row } from '../driver';
import { int, readInt, readText } from '../sql-value';
import type { ReadTx } from '../tx';

/**
 * Read-only report queries over the sales tables (migration 120) and the ledger accounts. Every
 * figure is net of refunds and voids: a sale counts when it was completed, a refund or void when
 * it was given back ([fromMs, toMs) for both). Sales are line totals (net + tax), before cash
 * rounding; tender figures are what each tender paid (cash: the cash due after rounding).
 */

export type ReportRange = { readonly fromMs: number; readonly toMs: number };

/** One group in one currency; `netMinor`/`taxMinor` null for tenders, `quantityMilli` only for products and categories. */
export type ReportGroupRow = {
  readonly key: string;
  readonly label: string;
  readonly currency: string;
  readonly saleCount: number;
  /** Refunds and voids. */
  readonly refundCount: number;
  readonly quantityMilli: number | null;
  readonly salesMinor: number;
  readonly refundsMinor: number;
  readonly netMinor: number | null;
  readonly taxMinor: number | null;
};

/** A time slot: 15 minutes of UTC, fine enough for any time zone's hours (every offset is a multiple of 15 minutes). */
export const SLOT_MS = 900_000;

const intOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function groupRow(row: Row, key: string): ReportGroupRow {
  return {
    key, label: typeof row['label'] === 'string' ? row['label'] : '', currency: readText(row, 'currency'), saleCount: readInt(row, 'sale_count'),
    refundCount: readInt(row, 'refund_count'), quantityMilli: intOrNull(row['qty']), salesMinor: readInt(row, 'sales'),
    refundsMinor: readInt(row, 'refunds'), netMinor: intOrNull(row['net']), taxMinor: intOrNull(row['tax']),
  };
}

const hexId = (hex: string): string => (hex.length === 32
  ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  : hex);

const OUTER = `SELECT key, max(label) AS label, currency, sum(sale_n) AS sale_count, sum(refund_n) AS refund_count, sum(qty) AS qty,
  sum(sales) AS sales, sum(refunds) AS refunds, sum(net) AS net, sum(tax) AS tax FROM`;
const SALES_IN = 's.completed_at_ms >= ? AND s.completed_at_ms < ?';
const REFUNDS_IN = 'r.at_ms >= ? AND r.at_ms < ?';
const params = (r: ReportRange, limit?: number) => [int(r.fromMs), int(r.toMs), int(r.fromMs), int(r.toMs), ...(limit === undefined ? [] : [int(limit)])];

/** Sales and refunds per 15-minute UTC slot and currency (the use case folds slots into local hours or days). */
export async function salesBySlot(tx: ReadTx, range: ReportRange): Promise<ReportGroupRow[]> {
  const rows = await tx.all(
    `${OUTER} (
       SELECT s.completed_at_ms / ${SLOT_MS} AS key, '' AS label, s.currency, count(*) AS sale_n, 0 AS refund_n, NULL AS qty,
         sum(s.total_minor) AS sales, 0 AS refunds, sum(s.net_minor) AS net, sum(s.tax_minor) AS tax
       FROM sale s WHERE ${SALES_IN} GROUP BY 1, s.currency
       UNION ALL
       SELECT r.at_ms / ${SLOT_MS}, '', s.currency, 0, count(*), NULL, 0, sum(r.total_minor), -sum(r.net_minor), -sum(r.tax_minor)
       FROM refund r JOIN sale s ON s.id = r.sale_id WHERE ${REFUNDS_IN} GROUP BY 1, s.currency)
     GROUP BY key, currency ORDER BY key, currency`,
    params(range),
  );
  return rows.map((row) => groupRow(row, String(readInt(row, 'key'))));
}

/** Per line attribute (product or category): sales from sale lines, refunds and voids from refund lines. */
async function byLine(tx: ReadTx, range: ReportRange, keySql: string, labelSql: string, limit: number): Promise<ReportGroupRow[]> {
  const rows = await tx.all(
    `${OUTER} (
       SELECT ${keySql} AS key, max(${labelSql}) AS label, s.currency, count(DISTINCT s.id) AS sale_n, 0 AS refund_n,
         sum(l.quantity_milli) AS qty, sum(l.total_minor) AS sales, 0 AS refunds, sum(l.net_minor) AS net, sum(l.tax_minor) AS tax
       FROM sale s JOIN sale_line l ON l.sale_id = s.id WHERE ${SALES_IN} GROUP BY 1, s.currency
       UNION ALL
       SELECT ${keySql}, max(${labelSql}), s.currency, 0, count(DISTINCT r.id), -sum(rl.quantity_milli), 0, sum(rl.total_minor),
         -sum(rl.net_minor), -sum(rl.tax_minor)
       FROM refund r JOIN refund_line rl ON rl.refund_id = r.id JOIN sale_line l ON l.line_id = rl.line_id JOIN sale s ON s.id = r.sale_id
       WHERE ${REFUNDS_IN} GROUP BY 1, s.currency)
     GROUP BY key, currency ORDER BY sum(sales) - sum(refunds) DESC, key LIMIT ?`,
    params(range, limit),
  );
  return rows.map((row) => groupRow(row, hexId(readText(row, 'key'))));
}

export function salesByProduct(tx: ReadTx, range: ReportRange, limit: number): Promise<ReportGroupRow[]> {
  return byLine(tx, range, 'lower(hex(l.product_id))', 'l.name', limit);
}

/** Lines without a category are grouped under the key `none` (label ''). */
export function salesByCategory(tx: ReadTx, range: ReportRange, limit: number): Promise<ReportGroupRow[]> {
  return byLine(tx, range, "coalesce(lower(hex(l.category_id)), 'none')", "coalesce(l.category_name, '')", limit);
}

/** Per tender kind: what each paid towards sales, and gave back in refunds and voids. */
export async function salesByTender(tx: ReadTx, range: ReportRange): Promise<ReportGroupRow[]> {
  const rows = await tx.all(
    `${OUTER} (
       SELECT t.kind AS key, t.kind AS label, s.currency, count(DISTINCT s.id) AS sale_n, 0 AS refund_n, NULL AS qty,
         sum(t.amount_minor) AS sales, 0 AS refunds, NULL AS net, NULL AS tax
       FROM sale s JOIN sale_tender t ON t.sale_id = s.id WHERE ${SALES_IN} GROUP BY 1, s.currency
       UNION ALL
       SELECT rt.kind, rt.kind, s.currency, 0, count(DISTINCT r.id), NULL, 0, sum(rt.amount_minor), NULL, NULL
       FROM refund r JOIN refund_tender rt ON rt.refund_id = r.id JOIN sale s ON s.id = r.sale_id WHERE ${REFUNDS_IN} GROUP BY 1, s.currency)
     GROUP BY key, currency ORDER BY key, currency`,
    params(range),
  );
  return rows.map((row) => groupRow(row, readText(row, 'key')));
}

/** Per staff member: the sales they completed, the refunds and voids they gave back. */
export async function salesByStaff(tx: ReadTx, range: ReportRange): Promise<ReportGroupRow[]> {
  const rows = await tx.all(
    `SELECT g.key, coalesce(st.display_name, '') AS label, g.currency, g.sale_count, g.refund_count, g.qty, g.sales, g.refunds, g.net, g.tax
     FROM (${OUTER} (
       SELECT s.staff_id AS key, '' AS label, s.currency, count(*) AS sale_n, 0 AS refund_n, NULL AS qty,
         sum(s.total_minor) AS sales, 0 AS refunds, sum(s.net_minor) AS net, sum(s.tax_minor) AS tax
       FROM sale s WHERE ${SALES_IN} GROUP BY 1, s.currency
       UNION ALL
       SELECT r.staff_id, '', s.currency, 0, count(*), NULL, 0, sum(r.total_minor), -sum(r.net_minor), -sum(r.tax_minor)
       FROM refund r JOIN sale s ON s.id = r.sale_id WHERE ${REFUNDS_IN} GROUP BY 1, s.currency)
     GROUP BY key, currency) g LEFT JOIN staff st ON st.id = g.key ORDER BY g.sales - g.refunds DESC`,
    params(range),
  );
  return rows.map((row) => groupRow(row, row['key'] instanceof Uint8Array ? hexId(Buffer.from(row['key']).toString('hex')) : ''));
}

export type ReportTotal = {
  readonly currency: string;
  readonly saleCount: number;
  readonly refundCount: number;
  readonly voidCount: number;
  readonly salesMinor: number;
  readonly refundsMinor: number;
  readonly netMinor: number;
  readonly taxMinor: number;
};

/** The whole range per currency, from the sale and refund rows themselves. */
export async function salesTotals(tx: ReadTx, range: ReportRange): Promise<ReportTotal[]> {
  const rows = await tx.all(
    `SELECT currency, sum(sale_n) AS sale_n, sum(refund_n) AS refund_n, sum(void_n) AS void_n, sum(sales) AS sales, sum(refunds) AS refunds,
       sum(net) AS net, sum(tax) AS tax FROM (
       SELECT s.currency, count(*) AS sale_n, 0 AS refund_n, 0 AS void_n, sum(s.total_minor) AS sales, 0 AS refunds,
         sum(s.net_minor) AS net, sum(s.tax_minor) AS tax FROM sale s WHERE ${SALES_IN} GROUP BY s.currency
       UNION ALL
       SELECT s.currency, 0, sum(r.kind = 'refund'), sum(r.kind = 'void'), 0, sum(r.total_minor), -sum(r.net_minor), -sum(r.tax_minor)
       FROM refund r JOIN sale s ON s.id = r.sale_id WHERE ${REFUNDS_IN} GROUP BY s.currency)
     GROUP BY currency ORDER BY currency`,
    params(range),
  );
  return rows.map((r) => ({
    currency: readText(r, 'currency'), saleCount: readInt(r, 'sale_n'), refundCount: readInt(r, 'refund_n'), voidCount: readInt(r, 'void_n'),
    salesMinor: readInt(r, 'sales'), refundsMinor: readInt(r, 'refunds'), netMinor: readInt(r, 'net'), taxMinor: readInt(r, 'tax'),
  }));
}

export type TaxRow = { currency: string; taxClass: string; rateBp: number; netMinor: number; taxMinor: number; totalMinor: number };

/** Taxes collected per currency, class and rate: sale lines less refund and void lines. */
export async function taxesCollected(tx: ReadTx, range: ReportRange): Promise<TaxRow[]> {
  const rows = await tx.all(
    `SELECT currency, tax_class, tax_rate_bp, sum(net) AS net, sum(tax) AS tax, sum(total) AS total FROM (
       SELECT s.currency, l.tax_class, l.tax_rate_bp, l.net_minor AS net, l.tax_minor AS tax, l.total_minor AS total
       FROM sale s JOIN sale_line l ON l.sale_id = s.id WHERE ${SALES_IN}
       UNION ALL
       SELECT s.currency, l.tax_class, l.tax_rate_bp, -rl.net_minor, -rl.tax_minor, -rl.total_minor
       FROM refund r JOIN refund_line rl ON rl.refund_id = r.id JOIN sale_line l ON l.line_id = rl.line_id JOIN sale s ON s.id = r.sale_id
       WHERE ${REFUNDS_IN})
     GROUP BY currency, tax_class, tax_rate_bp ORDER BY currency, tax_rate_bp DESC, tax_class`,
    params(range),
  );
  return rows.map((r) => ({
    currency: readText(r, 'currency'), taxClass: readText(r, 'tax_class'), rateBp: readInt(r, 'tax_rate_bp'), netMinor: readInt(r, 'net'),
    taxMinor: readInt(r, 'tax'), totalMinor: readInt(r, 'total'),
  }));
}

export type StoredValueRow = {
  currency: string; cardsMinor: number; cardAccounts: number; walletsMinor: number; walletAccounts: number; vouchersMinor: number; heldMinor: number;
};

/**
 * What the merchant owes per currency: the posted balances (credits − debits) of every card and
 * wallet account and of the voucher liability, and the part of card and wallet balances held.
 */
export async function storedValue(tx: ReadTx): Promise<StoredValueRow[]> {
  const { card, wallet, voucherLiability } = ACCOUNT_KINDS;
  const rows = await tx.all(
    `SELECT l.currency,
       coalesce(sum(CASE WHEN a.kind = ? THEN a.credits_posted - a.debits_posted END), 0) AS cards, coalesce(sum(a.kind = ?), 0) AS card_n,
       coalesce(sum(CASE WHEN a.kind = ? THEN a.credits_posted - a.debits_posted END), 0) AS wallets, coalesce(sum(a.kind = ?), 0) AS wallet_n,
       coalesce(sum(CASE WHEN a.kind = ? THEN a.credits_posted - a.debits_posted END), 0) AS vouchers,
       coalesce(sum(CASE WHEN a.kind IN (?, ?) THEN a.debits_pending END), 0) AS held
     FROM account a JOIN ledger l ON l.id = a.ledger_id WHERE a.kind IN (?, ?, ?) GROUP BY l.currency ORDER BY l.currency`,
    [card.kind, card.kind, wallet.kind, wallet.kind, voucherLiability.kind, card.kind, wallet.kind, card.kind, wallet.kind, voucherLiability.kind],
  );
  return rows.map((r) => ({
    currency: readText(r, 'currency'), cardsMinor: readInt(r, 'cards'), cardAccounts: readInt(r, 'card_n'), walletsMinor: readInt(r, 'wallets'),
    walletAccounts: readInt(r, 'wallet_n'), vouchersMinor: readInt(r, 'vouchers'), heldMinor: readInt(r, 'held'),
  }));
}
