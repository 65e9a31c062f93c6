import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { VoucherStateName } from '../../../../shared/domain/state/vouchers';
import type { Row } from '../driver';
import { inList } from '../in-list';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

/**
 * Voucher batches and vouchers. Every write here changes guarded state: the caller chains it
 * (`voucher_batch.state`, `voucher.state`) in the same transaction. No function takes or returns
 * a clear voucher code: codes come in and go out only as their keyed hash.
 */
export type VoucherBatchRow = {
  readonly id: string;
  readonly currency: string;
  readonly faceValueMinor: number;
  readonly count: number;
  readonly expiresAtMs: number | null;
  readonly createdBy: string;
  readonly createdAtMs: number;
};

/** A voucher with what its batch says about it (currency, face value, expiry). */
export type VoucherRow = {
  readonly id: string;
  readonly batchId: string;
  readonly serial: number;
  readonly state: VoucherStateName;
  readonly soldOperationId: string | null;
  readonly redeemedWalletId: string | null;
  readonly currency: string;
  readonly faceValueMinor: number;
  readonly expiresAtMs: number | null;
};

const intOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const idOrNull = (v: unknown): string | null => (v instanceof Uint8Array ? bytesToUuid(v) : null);

const BATCH_COLUMNS = 'id, currency, face_value_minor, count, expires_at_ms, created_by, created_at_ms';

function batchFrom(row: Row): VoucherBatchRow {
  return {
    id: bytesToUuid(readBytes(row, 'id')), currency: readText(row, 'currency'), faceValueMinor: readInt(row, 'face_value_minor'),
    count: readInt(row, 'count'), expiresAtMs: intOrNull(row['expires_at_ms']), createdBy: bytesToUuid(readBytes(row, 'created_by')),
    createdAtMs: readInt(row, 'created_at_ms'),
  };
}

export async function insertBatch(tx: WriteTx, b: VoucherBatchRow): Promise<void> {
  // Amounts ≥ 2^31 would be bound as REAL by the driver: CAST keeps them integers for the CHECK.
  await tx.run(`INSERT INTO voucher_batch (${BATCH_COLUMNS}) VALUES (?, ?, CAST(? AS INTEGER), ?, ?, ?, ?)`, [
    uuidToBytes(b.id), b.currency, int(b.faceValueMinor), int(b.count), b.expiresAtMs === null ? null : int(b.expiresAtMs),
    uuidToBytes(b.createdBy), int(b.createdAtMs),
  ]);
}

export async function findBatch(tx: ReadTx, id: string): Promise<VoucherBatchRow | undefined> {
  const row = await tx.get(`SELECT ${BATCH_COLUMNS} FROM voucher_batch WHERE id = ?`, [uuidToBytes(id)]);
  return row ? batchFrom(row) : undefined;
}

export type NewVoucher = { readonly id: string; readonly batchId: string; readonly serial: number; readonly codeHash: Uint8Array; readonly createdAtMs: number };

export async function insertVoucher(tx: WriteTx, v: NewVoucher): Promise<void> {
  await tx.run("INSERT INTO voucher (id, batch_id, serial, code_hash, state, created_at_ms) VALUES (?, ?, ?, ?, 'unsold', ?)", [
    uuidToBytes(v.id), uuidToBytes(v.batchId), int(v.serial), v.codeHash, int(v.createdAtMs),
  ]);
}

/** One probe of the unique index: is this code's hash already some voucher's? */
export async function codeHashTaken(tx: ReadTx, codeHash: Uint8Array): Promise<boolean> {
  return (await tx.get('SELECT 1 AS taken FROM voucher WHERE code_hash = ?', [codeHash])) !== undefined;
}

const VOUCHER_SQL = `SELECT v.id, v.batch_id, v.serial, v.state, v.sold_operation_id, v.redeemed_wallet_id,
  b.currency, b.face_value_minor, b.expires_at_ms FROM voucher v JOIN voucher_batch b ON b.id = v.batch_id`;

function voucherFrom(row: Row): VoucherRow {
  return {
    id: bytesToUuid(readBytes(row, 'id')), batchId: bytesToUuid(readBytes(row, 'batch_id')), serial: readInt(row, 'serial'),
    state: readText(row, 'state') as VoucherStateName, soldOperationId: idOrNull(row['sold_operation_id']),
    redeemedWalletId: idOrNull(row['redeemed_wallet_id']), currency: readText(row, 'currency'),
    faceValueMinor: readInt(row, 'face_value_minor'), expiresAtMs: intOrNull(row['expires_at_ms']),
  };
}

export async function findVoucher(tx: ReadTx, id: string): Promise<VoucherRow | undefined> {
  const row = await tx.get(`${VOUCHER_SQL} WHERE v.id = ?`, [uuidToBytes(id)]);
  return row ? voucherFrom(row) : undefined;
}

export async function findVoucherByCodeHash(tx: ReadTx, codeHash: Uint8Array): Promise<VoucherRow | undefined> {
  const row = await tx.get(`${VOUCHER_SQL} WHERE v.code_hash = ?`, [codeHash]);
  return row ? voucherFrom(row) : undefined;
}

/**
 * The state changes, each guarded by the state it leaves: false when the row was not in it (the
 * use case checked in the same transaction, so false is a bug it throws on).
 */
export async function markSold(tx: WriteTx, id: string, operationId: string, atMs: number): Promise<boolean> {
  const { changes } = await tx.run("UPDATE voucher SET state = 'sold', sold_operation_id = ?, sold_at_ms = ? WHERE id = ? AND state = 'unsold'", [
    uuidToBytes(operationId), int(atMs), uuidToBytes(id),
  ]);
  return changes === 1;
}

export async function markRedeemed(tx: WriteTx, id: string, operationId: string, walletId: string, atMs: number): Promise<boolean> {
  const { changes } = await tx.run(
    "UPDATE voucher SET state = 'redeemed', redeemed_operation_id = ?, redeemed_wallet_id = ?, redeemed_at_ms = ? WHERE id = ? AND state = 'sold'",
    [uuidToBytes(operationId), uuidToBytes(walletId), int(atMs), uuidToBytes(id)],
  );
  return changes === 1;
}

export async function markVoided(tx: WriteTx, id: string, operationId: string, atMs: number): Promise<boolean> {
  const { changes } = await tx.run(
    "UPDATE voucher SET state = 'voided', voided_operation_id = ?, voided_at_ms = ? WHERE id = ? AND state IN ('unsold', 'sold')",
    [uuidToBytes(operationId), int(atMs), uuidToBytes(id)],
  );
  return changes === 1;
}

/** Vouchers grouped by currency, stored state and whether their batch has expired at `nowMs`. */
export type VoucherTally = {
  readonly batchId: string;
  readonly currency: string;
  readonly state: VoucherStateName;
  readonly expired: boolean;
  readonly count: number;
  readonly faceValueMinor: number;
};

/** One row per batch, state and expiry (per batch, so each face value is summed exactly by the caller). */
export async function tallyVouchers(tx: ReadTx, nowMs: number, batchIds?: readonly string[]): Promise<VoucherTally[]> {
  if (batchIds?.length === 0) return [];
  const list = batchIds === undefined ? undefined : inList(batchIds.map(uuidToBytes));
  const filter = list === undefined ? '' : `WHERE v.batch_id IN (${list.placeholders})`;
  const rows = await tx.all(
    `SELECT v.batch_id, b.currency, v.state, (b.expires_at_ms IS NOT NULL AND b.expires_at_ms <= ?) AS expired,
       count(*) AS n, b.face_value_minor
     FROM voucher v JOIN voucher_batch b ON b.id = v.batch_id ${filter}
     GROUP BY v.batch_id, v.state`,
    [int(nowMs), ...(list?.params ?? [])],
  );
  return rows.map((row) => ({
    batchId: bytesToUuid(readBytes(row, 'batch_id')), currency: readText(row, 'currency'), state: readText(row, 'state') as VoucherStateName,
    expired: readInt(row, 'expired') === 1, count: readInt(row, 'n'), faceValueMinor: readInt(row, 'face_value_minor'),
  }));
}

export type BatchCursor = { readonly createdAtMs: number; readonly batchId: string };

/** Newest first, strictly before `before` when given. */
export async function listBatchPage(tx: ReadTx, before: BatchCursor | undefined, limit: number): Promise<VoucherBatchRow[]> {
  const rows = before
    ? await tx.all(
      `SELECT ${BATCH_COLUMNS} FROM voucher_batch WHERE (created_at_ms, id) < (?, ?) ORDER BY created_at_ms DESC, id DESC LIMIT ?`,
      [int(before.createdAtMs), uuidToBytes(before.batchId), int(limit)],
    )
    : await tx.all(`SELECT ${BATCH_COLUMNS} FROM voucher_batch ORDER BY created_at_ms DESC, id DESC LIMIT ?`, [int(limit)]);
  return rows.map(batchFrom);
}

/** A batch's vouchers in one stored state, by serial. */
export async function voucherIdsInState(tx: ReadTx, batchId: string, state: VoucherStateName): Promise<string[]> {
  const rows = await tx.all('SELECT id FROM voucher WHERE batch_id = ? AND state = ? ORDER BY serial', [uuidToBytes(batchId), state]);
  return rows.map((row) => bytesToUuid(readBytes(row, 'id')));
}
