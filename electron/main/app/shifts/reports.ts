import { format, startOfDay, startOfHour } from 'date-fns';
import { ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { REPORT_ROWS_MAX, type SalesReportRow } from '../../../../shared/ipc/contract/reports-schemas';
import {
  salesByCategory, salesByProduct, salesBySlot, salesByStaff, salesByTender, salesTotals, storedValue, taxesCollected, SLOT_MS,
  type ReportGroupRow,
} from '../../db/repositories/sales-report.repo';
import type { ReadTx } from '../../db/tx';
import type { ShiftPorts } from './shift-ports';

export type SalesReport = (input: Input<'reports.sales'>) => Promise<Result<Output<'reports.sales'>>>;
export type TaxesReport = (input: Input<'reports.taxes'>) => Promise<Result<Output<'reports.taxes'>>>;
export type StoredValueReport = () => Promise<Result<Output<'reports.storedValue'>>>;

type Ports = Pick<ShiftPorts, 'db' | 'clock'>;

/** The zone hour and day buckets are in: the host's, for now (a merchant setting would replace it). */
export function hostTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function outputRow(row: ReportGroupRow, bucketStartMs: number | null): SalesReportRow {
  return { ...row, bucketStartMs, totalMinor: row.salesMinor - row.refundsMinor };
}

/**
 * Folds 15-minute UTC slots into local hours or days (date-fns in the host's zone). A slot never
 * straddles a local hour, since every zone's offset is a multiple of 15 minutes; days follow DST.
 */
export function foldSlots(rows: readonly ReportGroupRow[], groupBy: 'hour' | 'day'): SalesReportRow[] {
  const buckets = new Map<string, SalesReportRow>();
  for (const row of rows) {
    const at = new Date(Number(row.key) * SLOT_MS);
    const start = groupBy === 'hour' ? startOfHour(at) : startOfDay(at);
    const key = format(start, groupBy === 'hour' ? 'yyyy-MM-dd HH:00' : 'yyyy-MM-dd');
    const id = `${key}\n${row.currency}`;
    const seen = buckets.get(id);
    const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
    buckets.set(id, seen
      ? {
          ...seen, saleCount: seen.saleCount + row.saleCount, refundCount: seen.refundCount + row.refundCount,
          salesMinor: seen.salesMinor + row.salesMinor, refundsMinor: seen.refundsMinor + row.refundsMinor,
          totalMinor: seen.totalMinor + row.salesMinor - row.refundsMinor, netMinor: add(seen.netMinor, row.netMinor),
          taxMinor: add(seen.taxMinor, row.taxMinor),
        }
      : outputRow({ ...row, key, label: key }, start.getTime()));
  }
  return [...buckets.values()].sort((a, b) => (a.bucketStartMs ?? 0) - (b.bucketStartMs ?? 0) || a.currency.localeCompare(b.currency));
}

async function groupRows(tx: ReadTx, input: Input<'reports.sales'>): Promise<{ rows: SalesReportRow[]; truncated: boolean }> {
  const range = { fromMs: input.fromMs, toMs: input.toMs };
  switch (input.groupBy) {
    case 'hour':
    case 'day':
      return { rows: foldSlots(await salesBySlot(tx, range), input.groupBy), truncated: false };
    case 'product':
    case 'category': {
      const read = input.groupBy === 'product' ? salesByProduct : salesByCategory;
      const rows = await read(tx, range, REPORT_ROWS_MAX + 1);
      return { rows: rows.slice(0, REPORT_ROWS_MAX).map((r) => outputRow(r, null)), truncated: rows.length > REPORT_ROWS_MAX };
    }
    case 'tender':
      return { rows: (await salesByTender(tx, range)).map((r) => outputRow(r, null)), truncated: false };
    case 'staff':
      return { rows: (await salesByStaff(tx, range)).map((r) => outputRow(r, null)), truncated: false };
  }
}

/** Sales less refunds and voids in a range, grouped as asked, with the range's totals per currency; one read snapshot. */
export function salesReport(ports: Ports): SalesReport {
  return async (input) => ports.db.tx.read(async (tx) => {
    const { rows, truncated } = await groupRows(tx, input);
    const totals = (await salesTotals(tx, input)).map((t) => ({ ...t, totalMinor: t.salesMinor - t.refundsMinor }));
    return ok({ fromMs: input.fromMs, toMs: input.toMs, groupBy: input.groupBy, timeZone: hostTimeZone(), rows, truncated, totals });
  });
}

/** Taxes collected per currency, class and rate in a range. */
export function taxesReport(ports: Ports): TaxesReport {
  return async (input) => {
    const rows = await ports.db.tx.read((tx) => taxesCollected(tx, input));
    return ok({ fromMs: input.fromMs, toMs: input.toMs, rows });
  };
}

/** Outstanding card, wallet and voucher balances per currency, from the ledger accounts. */
export function storedValueReport(ports: Ports): StoredValueReport {
  return async () => {
    const rows = await ports.db.tx.read((tx) => storedValue(tx));
    return ok({ atMs: ports.clock.nowMs(), rows: rows.map((r) => ({ ...r, totalMinor: r.cardsMinor + r.walletsMinor + r.vouchersMinor })) });
  };
}
