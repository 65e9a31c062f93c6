import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { PostedTransfer } from '../../../../shared/domain/ledger-types';
import type { HoldSnapshot } from '../../core/ledger/snapshots';
import type { JournalTransfer } from '../../core/ledger/canonical-batch';
import type { AccountDelta } from '../../core/ledger/transfers';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** Transfers of the batch at `seq` live at keys seq * 1024 + leg. */
export const LEGS_PER_SEQ = 1024;

/** A batch as written: its journal row's columns and its transfers in leg order. */
export type BatchRow = {
  readonly seq: number;
  readonly batchId: string;
  readonly actorId: string;
  readonly requestHash: Uint8Array;
  readonly createdAtMs: number;
  readonly prevMac: Uint8Array;
  readonly mac: Uint8Array;
  readonly transfers: readonly JournalTransfer[];
  /** Net change per account, when the batch touches each account on one side only. */
  readonly deltas?: ReadonlyMap<string, AccountDelta> | undefined;
};

const hex = (uuid: string): string => uuid.replaceAll('-', '');

/**
 * The whole batch in ONE statement: the `batch_write` view's trigger inserts the journal row and
 * every transfer, and each transfer's trigger moves its two balances (or, with `deltas`, one
 * UPDATE per account does). Any constraint (a limit
 * CHECK, a closed account, a used id, a stale chain head) aborts the statement and leaves nothing.
 * JSON carries the rows because node-sqlite3 would bind numbers ≥ 2^31 as REAL; JSON integers
 * arrive as SQL integers.
 */
export async function writeBatch(tx: WriteTx, batch: BatchRow): Promise<void> {
  const transfers = JSON.stringify(batch.transfers.map((t) => [
    t.leg, hex(t.id), t.currency, hex(t.debitAccountId), hex(t.creditAccountId), t.amountMinor, t.code, t.kind,
    t.pendingId === null ? null : hex(t.pendingId), t.expiresAtMs, t.memo,
  ]));
  const deltas = batch.deltas
    ? JSON.stringify([...batch.deltas].map(([id, d]) => [hex(id), d.debitsPending, d.debitsPosted, d.creditsPending, d.creditsPosted]))
    : null;
  await tx.run(
    `INSERT INTO batch_write (seq, ref_id, actor_id, request_hash, device_ts_ms, prev_mac, mac, transfers, deltas)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [int(batch.seq), uuidToBytes(batch.batchId), batch.actorId, batch.requestHash, int(batch.createdAtMs), batch.prevMac, batch.mac, transfers, deltas],
  );
}

/** Columns of a transfer with its currency; ledger ids map to currencies through the join. */
export const TRANSFER_COLUMNS = `t.key, t.id, t.kind, l.currency, t.debit_account_id, t.credit_account_id,
  t.amount, t.code, t.pending_id, t.expires_at_ms, t.memo`;

export function transferFromRow(row: Row): JournalTransfer {
  const pending = row['pending_id'];
  const expires = row['expires_at_ms'];
  const memo = row['memo'];
  return {
    id: bytesToUuid(readBytes(row, 'id')),
    leg: readInt(row, 'key') % LEGS_PER_SEQ,
    kind: readText(row, 'kind') as PostedTransfer['kind'],
    currency: readText(row, 'currency'),
    debitAccountId: bytesToUuid(readBytes(row, 'debit_account_id')),
    creditAccountId: bytesToUuid(readBytes(row, 'credit_account_id')),
    amountMinor: readInt(row, 'amount'),
    code: readText(row, 'code'),
    pendingId: pending instanceof Uint8Array ? bytesToUuid(pending) : null,
    expiresAtMs: typeof expires === 'number' ? expires : null,
    memo: typeof memo === 'string' ? memo : null,
  };
}

export async function transfersOfBatch(tx: ReadTx, seq: number): Promise<JournalTransfer[]> {
  const rows = await tx.all(
    `SELECT ${TRANSFER_COLUMNS} FROM transfer t JOIN ledger l ON l.id = t.ledger_id
     WHERE t.key BETWEEN ? AND ? ORDER BY t.key`,
    [int(seq * LEGS_PER_SEQ), int(seq * LEGS_PER_SEQ + LEGS_PER_SEQ - 1)],
  );
  return rows.map(transferFromRow);
}

/** Whether any of these transfer ids is already used (a retry with a fresh batch id). */
export async function anyTransferExists(tx: ReadTx, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const row = await tx.get(`SELECT EXISTS (SELECT 1 FROM transfer WHERE id IN (${placeholders(ids.length)})) AS used`, ids.map(uuidToBytes));
  return row !== undefined && readInt(row, 'used') === 1;
}

export async function loadHolds(tx: ReadTx, ids: readonly string[]): Promise<Map<string, HoldSnapshot>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, HoldSnapshot>();
  if (unique.length === 0) return found;
  const rows = await tx.all(
    `SELECT t.id, l.currency, t.debit_account_id, t.credit_account_id, t.amount, t.code, t.expires_at_ms,
       EXISTS (SELECT 1 FROM transfer r WHERE r.pending_id = t.id) AS resolved
     FROM transfer t JOIN ledger l ON l.id = t.ledger_id
     WHERE t.kind = 'pending' AND t.id IN (${placeholders(unique.length)})`,
    unique.map(uuidToBytes),
  );
  for (const row of rows) found.set(bytesToUuid(readBytes(row, 'id')), holdFromRow(row));
  return found;
}

function holdFromRow(row: Row): HoldSnapshot {
  return {
    id: bytesToUuid(readBytes(row, 'id')),
    currency: readText(row, 'currency'),
    debitAccountId: bytesToUuid(readBytes(row, 'debit_account_id')),
    creditAccountId: bytesToUuid(readBytes(row, 'credit_account_id')),
    amountMinor: readInt(row, 'amount'),
    code: readText(row, 'code'),
    expiresAtMs: readInt(row, 'expires_at_ms'),
    resolved: readInt(row, 'resolved') === 1,
  };
}

/** Unresolved holds whose time has passed, in sweep order (expiry, then age): docs/ledger.md §2.4. */
export const DUE_HOLDS_SQL = `SELECT t.id FROM transfer t WHERE t.kind = 'pending' AND t.expires_at_ms <= ?
    AND NOT EXISTS (SELECT 1 FROM transfer r WHERE r.pending_id = t.id)
  ORDER BY t.expires_at_ms, t.key LIMIT ?`;

export async function dueHolds(tx: ReadTx, nowMs: number, limit: number): Promise<string[]> {
  const rows = await tx.all(DUE_HOLDS_SQL, [int(nowMs), int(limit)]);
  return rows.map((r) => bytesToUuid(readBytes(r, 'id')));
}
