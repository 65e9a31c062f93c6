import { uuidToBytes } from '../../../../shared/domain/ids';
import type { SalesTotals } from '../../../../shared/domain/sales/totals';
import { readInt, readText } from '../sql-value';
import type { ReadTx } from '../tx';
import { readMetaIn } from './meta.repo';
import { findShift } from './shift.repo';

const n = (row: Record<string, unknown> | undefined, column: string): number => (row ? readInt(row, column) : 0);

/**
 * A shift's sales totals (shared/domain/sales/totals.ts) for X and Z reports: the shift's sales
 * and the refunds and voids given back during it, from the sales tables alone.
 */
export async function saleTotals(tx: ReadTx, shiftId: string): Promise<SalesTotals> {
  const key = uuidToBytes(shiftId);
  const sales = await tx.get(
    `SELECT count(*) AS c, coalesce(sum(subtotal_minor), 0) AS gross, coalesce(sum(discount_minor), 0) AS discount,
       coalesce(sum(net_minor), 0) AS net, coalesce(sum(tax_minor), 0) AS tax, coalesce(sum(total_minor), 0) AS total FROM sale WHERE shift_id = ?`,
    [key],
  );
  const refunds = await tx.get(
    `SELECT coalesce(sum(kind = 'refund'), 0) AS refunds, coalesce(sum(kind = 'void'), 0) AS voids, coalesce(sum(net_minor), 0) AS net,
       coalesce(sum(tax_minor), 0) AS tax, coalesce(sum(total_minor), 0) AS total FROM refund WHERE shift_id = ?`,
    [key],
  );
  return {
    currency: await shiftCurrency(tx, shiftId),
    saleCount: n(sales, 'c'), refundCount: n(refunds, 'refunds'), voidCount: n(refunds, 'voids'),
    grossMinor: n(sales, 'gross'), discountMinor: n(sales, 'discount'),
    netMinor: n(sales, 'net') - n(refunds, 'net'), taxMinor: n(sales, 'tax') - n(refunds, 'tax'),
    totalMinor: n(sales, 'total') - n(refunds, 'total'), refundsMinor: n(refunds, 'total'),
    byTax: await byTax(tx, key),
    ...(await byTender(tx, key)),
  };
}

async function shiftCurrency(tx: ReadTx, shiftId: string): Promise<string> {
  const shift = await findShift(tx, shiftId);
  return shift?.currency ?? (await readMetaIn(tx, 'currency')) ?? 'XXX';
}

async function byTax(tx: ReadTx, key: Uint8Array): Promise<SalesTotals['byTax']> {
  const rows = await tx.all(
    `SELECT tax_class, tax_rate_bp, sum(net) AS net, sum(tax) AS tax, sum(total) AS total FROM (
       SELECT l.tax_class, l.tax_rate_bp, l.net_minor AS net, l.tax_minor AS tax, l.total_minor AS total
         FROM sale_line l JOIN sale s ON s.id = l.sale_id WHERE s.shift_id = ?
       UNION ALL
       SELECT l.tax_class, l.tax_rate_bp, -rl.net_minor, -rl.tax_minor, -rl.total_minor
         FROM refund_line rl JOIN refund r ON r.id = rl.refund_id JOIN sale_line l ON l.line_id = rl.line_id WHERE r.shift_id = ?)
     GROUP BY tax_class, tax_rate_bp ORDER BY tax_rate_bp DESC, tax_class`,
    [key, key],
  );
  return rows.map((r) => ({
    taxClass: readText(r, 'tax_class'), rateBp: readInt(r, 'tax_rate_bp'), netMinor: readInt(r, 'net'), taxMinor: readInt(r, 'tax'),
    totalMinor: readInt(r, 'total'),
  }));
}

async function byTender(tx: ReadTx, key: Uint8Array): Promise<Pick<SalesTotals, 'byTender' | 'cashTakenMinor' | 'cashRefundedMinor'>> {
  const rows = await tx.all(
    `SELECT kind, sum(sales) AS sales, sum(refunds) AS refunds FROM (
       SELECT t.kind, t.amount_minor AS sales, 0 AS refunds FROM sale_tender t JOIN sale s ON s.id = t.sale_id WHERE s.shift_id = ?
       UNION ALL
       SELECT rt.kind, 0, rt.amount_minor FROM refund_tender rt JOIN refund r ON r.id = rt.refund_id WHERE r.shift_id = ?)
     GROUP BY kind ORDER BY kind`,
    [key, key],
  );
  const tenders = rows.map((r) => ({ kind: readText(r, 'kind'), salesMinor: readInt(r, 'sales'), refundsMinor: readInt(r, 'refunds') }));
  const cash = tenders.find((t) => t.kind === 'cash');
  return { byTender: tenders, cashTakenMinor: cash?.salesMinor ?? 0, cashRefundedMinor: cash?.refundsMinor ?? 0 };
}
