import { stateJson } from '../../../../shared/domain/guarded-state';
import { bytesToUuid } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { readBytes, readInt, readText } from '../sql-value';
import { tableStateReader } from '../state-reader';

const BATCH_SQL = 'SELECT id, currency, face_value_minor, count, expires_at_ms, created_by, created_at_ms FROM voucher_batch';
const VOUCHER_SQL = `SELECT id, batch_id, serial, code_hash, state, sold_operation_id, sold_at_ms, redeemed_operation_id,
  redeemed_wallet_id, redeemed_at_ms, voided_operation_id, voided_at_ms, created_at_ms FROM voucher`;

const intOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const idOrNull = (v: unknown): string | null => (v instanceof Uint8Array && v.length === 16 ? bytesToUuid(v) : null);
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function batchJson(row: Row): string {
  return stateJson('voucher_batch.state', {
    currency: readText(row, 'currency'), faceValueMinor: readInt(row, 'face_value_minor'), count: readInt(row, 'count'),
    expiresAtMs: intOrNull(row['expires_at_ms']), createdBy: bytesToUuid(readBytes(row, 'created_by')),
    createdAtMs: readInt(row, 'created_at_ms'),
  });
}

function voucherJson(row: Row): string {
  return stateJson('voucher.state', {
    batchId: bytesToUuid(readBytes(row, 'batch_id')), serial: readInt(row, 'serial'), codeHash: hex(readBytes(row, 'code_hash')),
    state: readText(row, 'state'),
    soldOperationId: idOrNull(row['sold_operation_id']), soldAtMs: intOrNull(row['sold_at_ms']),
    redeemedOperationId: idOrNull(row['redeemed_operation_id']), redeemedWalletId: idOrNull(row['redeemed_wallet_id']),
    redeemedAtMs: intOrNull(row['redeemed_at_ms']),
    voidedOperationId: idOrNull(row['voided_operation_id']), voidedAtMs: intOrNull(row['voided_at_ms']),
    createdAtMs: readInt(row, 'created_at_ms'),
  });
}

/** The vouchers domain's guarded state, as verify and the chaining read it. */
export const VOUCHER_STATE_READERS = {
  'voucher_batch.state': tableStateReader('voucher batch', BATCH_SQL, batchJson),
  'voucher.state': tableStateReader('voucher', VOUCHER_SQL, voucherJson),
} as const;
