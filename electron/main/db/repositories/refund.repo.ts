import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';
import type { SaleTenderKind } from './sale.repo';

export type RefundRow = {
  readonly id: string;
  readonly saleId: string;
  readonly kind: 'refund' | 'void';
  readonly receiptNo: number;
  readonly terminalId: string;
  readonly atMs: number;
  readonly staffId: string;
  readonly approvedBy: string;
  readonly shiftId: string;
  readonly netMinor: number;
  readonly taxMinor: number;
  readonly totalMinor: number;
  readonly requestHash: Uint8Array;
};
export type RefundLineRow = { readonly lineId: string; readonly quantityMilli: number; readonly netMinor: number; readonly taxMinor: number; readonly totalMinor: number };
export type RefundTenderRow = { readonly tenderId: string; readonly kind: SaleTenderKind; readonly amountMinor: number };
export type StoredRefund = { readonly refund: RefundRow; readonly lines: readonly RefundLineRow[]; readonly tenders: readonly RefundTenderRow[] };

/** The next refund-slip number of this terminal (its own gapless series), inside the write transaction. */
export async function nextRefundNo(tx: WriteTx, terminalId: string): Promise<number> {
  const row = await tx.get('SELECT coalesce(max(receipt_no), 0) + 1 AS n FROM refund WHERE terminal_id = ?', [terminalId]);
  return row ? readInt(row, 'n') : 1;
}

export async function insertRefund(tx: WriteTx, stored: StoredRefund): Promise<void> {
  const r = stored.refund;
  const key = uuidToBytes(r.id);
  await tx.run(
    `INSERT INTO refund (id, sale_id, kind, receipt_no, terminal_id, at_ms, staff_id, approved_by, shift_id, net_minor, tax_minor,
       total_minor, request_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER), ?)`,
    [
      key, uuidToBytes(r.saleId), r.kind, int(r.receiptNo), r.terminalId, int(r.atMs), uuidToBytes(r.staffId), uuidToBytes(r.approvedBy),
      uuidToBytes(r.shiftId), int(r.netMinor), int(r.taxMinor), int(r.totalMinor), r.requestHash,
    ],
  );
  for (const l of stored.lines) {
    await tx.run('INSERT INTO refund_line (refund_id, line_id, quantity_milli, net_minor, tax_minor, total_minor) VALUES (?, ?, ?, CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER))', [
      key, uuidToBytes(l.lineId), int(l.quantityMilli), int(l.netMinor), int(l.taxMinor), int(l.totalMinor),
    ]);
  }
  for (const t of stored.tenders) {
    await tx.run('INSERT INTO refund_tender (refund_id, tender_id, kind, amount_minor) VALUES (?, ?, ?, CAST(? AS INTEGER))', [
      key, uuidToBytes(t.tenderId), t.kind, int(t.amountMinor),
    ]);
  }
}

function refundFrom(row: Row): RefundRow {
  return {
    id: bytesToUuid(readBytes(row, 'id')), saleId: bytesToUuid(readBytes(row, 'sale_id')),
    kind: readText(row, 'kind') === 'void' ? 'void' : 'refund', receiptNo: readInt(row, 'receipt_no'), terminalId: readText(row, 'terminal_id'),
    atMs: readInt(row, 'at_ms'), staffId: bytesToUuid(readBytes(row, 'staff_id')), approvedBy: bytesToUuid(readBytes(row, 'approved_by')),
    shiftId: bytesToUuid(readBytes(row, 'shift_id')), netMinor: readInt(row, 'net_minor'), taxMinor: readInt(row, 'tax_minor'),
    totalMinor: readInt(row, 'total_minor'), requestHash: readBytes(row, 'request_hash'),
  };
}

async function withParts(tx: ReadTx, refund: RefundRow): Promise<StoredRefund> {
  const key = uuidToBytes(refund.id);
  const lines = await tx.all('SELECT * FROM refund_line WHERE refund_id = ?', [key]);
  const tenders = await tx.all('SELECT * FROM refund_tender WHERE refund_id = ?', [key]);
  return {
    refund,
    lines: lines.map((r) => ({
      lineId: bytesToUuid(readBytes(r, 'line_id')), quantityMilli: readInt(r, 'quantity_milli'), netMinor: readInt(r, 'net_minor'),
      taxMinor: readInt(r, 'tax_minor'), totalMinor: readInt(r, 'total_minor'),
    })),
    tenders: tenders.map((r) => ({
      tenderId: bytesToUuid(readBytes(r, 'tender_id')), kind: readText(r, 'kind') as SaleTenderKind, amountMinor: readInt(r, 'amount_minor'),
    })),
  };
}

export async function findRefund(tx: ReadTx, refundId: string): Promise<StoredRefund | undefined> {
  const row = await tx.get('SELECT * FROM refund WHERE id = ?', [uuidToBytes(refundId)]);
  return row ? withParts(tx, refundFrom(row)) : undefined;
}

/** Every refund and void of a sale, oldest first. */
export async function refundsOfSale(tx: ReadTx, saleId: string): Promise<StoredRefund[]> {
  const rows = await tx.all('SELECT * FROM refund WHERE sale_id = ? ORDER BY at_ms, receipt_no', [uuidToBytes(saleId)]);
  const out: StoredRefund[] = [];
  for (const row of rows) out.push(await withParts(tx, refundFrom(row)));
  return out;
}
