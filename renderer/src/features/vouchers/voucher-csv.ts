import { formatMinor } from '../../../../shared/domain/money';
import type { Output } from '../../../../shared/ipc/contract';
import { toCsv } from '../../components/csv';

type Generated = Output<'vouchers.generateBatch'>;

export const VOUCHER_CSV_HEADER = ['serial', 'code', 'face_value', 'currency', 'expires_utc', 'batch_id'] as const;

/** The one CSV of a new batch's clear codes (printed sheet's twin): made once, never stored. */
export function voucherBatchCsv({ batch, vouchers }: Generated): string {
  const face = formatMinor(batch.faceValueMinor, batch.currency);
  const expires = batch.expiresAtMs === null ? null : new Date(batch.expiresAtMs).toISOString();
  return toCsv(VOUCHER_CSV_HEADER, vouchers.map((v) => [v.serial, v.code, face, batch.currency, expires, batch.batchId]));
}

/** A file name that says which batch, never a code. */
export function voucherCsvName(batchId: string): string {
  return `vouchers-${batchId.slice(0, 8)}.csv`;
}
