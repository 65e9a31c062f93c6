import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { AccountFlags, PostedTransfer } from '../../../../shared/domain/ledger-types';
import type { AccountSnapshot, HoldSnapshot } from '../../core/ledger/snapshots';
import type { BalanceDelta } from '../../core/ledger/balance-effects';
import type { Row, SqlValue } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

export function accountFromRow(row: Row): AccountSnapshot {
  return {
    id: bytesToUuid(readBytes(row, 'id')),
    currency: readText(row, 'currency'),
    flags: readInt(row, 'flags') as AccountFlags,
    closed: readInt(row, 'closed') === 1,
    debitsPending: readInt(row, 'debits_pending'),
    debitsPosted: readInt(row, 'debits_posted'),
    creditsPending: readInt(row, 'credits_pending'),
    creditsPosted: readInt(row, 'credits_posted'),
  };
}

const ACCOUNT_COLUMNS =
  'a.id, l.currency, a.flags, a.closed, a.debits_pending, a.debits_posted, a.credits_pending, a.credits_posted';

export async function loadAccounts(tx: ReadTx, ids: readonly string[]): Promise<Map<string, AccountSnapshot>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, AccountSnapshot>();
  if (unique.length === 0) return found;
  const rows = await tx.all(
    `SELECT ${ACCOUNT_COLUMNS} FROM account a JOIN ledger l ON l.id = a.ledger_id WHERE a.id IN (${placeholders(unique.length)})`,
    unique.map(uuidToBytes),
  );
  for (const row of rows) {
    const account = accountFromRow(row);
    found.set(account.id, account);
  }
  return found;
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

export function holdFromRow(row: Row): HoldSnapshot {
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

export type TransferRowContext = {
  readonly batchId: string;
  readonly seq: number;
  readonly staffId: string;
  readonly terminalId: string;
  readonly createdAtMs: number;
  readonly ledgerIds: ReadonlyMap<string, number>;
  readonly memos: ReadonlyMap<string, string | null>;
};

const TRANSFER_COLUMNS = [
  'id', 'batch_id', 'seq', 'leg', 'ledger_id', 'debit_account_id', 'credit_account_id', 'amount',
  'code', 'kind', 'pending_id', 'expires_at_ms', 'memo', 'staff_id', 'terminal_id', 'created_at_ms',
];
// 16 columns × 500 rows stays far below SQLite's 32,766 bound-parameter limit.
const ROWS_PER_INSERT = 500;

/**
 * node-sqlite3 binds a JS number outside the int32 range as a REAL (statement.cc: `OtherIsInt`
 * compares with `Int32Value()`), so 2^31 minor units and more would reach the `ANY` amount and
 * balance columns as REAL and fail their `typeof(...) = 'integer'` CHECK. Those values are cast
 * back in SQL. `int()` has already refused anything but a safe integer, so the cast is exact and
 * a NULL (BigInt, NaN) stays NULL for the NOT NULL constraint to catch.
 */
const INT64 = 'CAST(? AS INTEGER)';
const TRANSFER_VALUES = `(${TRANSFER_COLUMNS.map((c) => (c === 'amount' ? INT64 : '?')).join(', ')})`;

/** Multi-row INSERTs: node-sqlite3 costs ~30-50 µs per statement, so rows go in chunks. */
export async function insertTransfers(
  tx: WriteTx,
  transfers: readonly PostedTransfer[],
  context: TransferRowContext,
): Promise<void> {
  const batchId = uuidToBytes(context.batchId);
  for (let start = 0; start < transfers.length; start += ROWS_PER_INSERT) {
    const chunk = transfers.slice(start, start + ROWS_PER_INSERT);
    const params: SqlValue[] = [];
    for (const t of chunk) {
      const ledgerId = context.ledgerIds.get(t.currency);
      if (ledgerId === undefined) throw new Error(`no ledger for ${t.currency}`);
      params.push(
        uuidToBytes(t.id), batchId, int(context.seq), int(t.leg), int(ledgerId),
        uuidToBytes(t.debitAccountId), uuidToBytes(t.creditAccountId), int(t.amountMinor), t.code,
        t.kind, t.pendingId === null ? null : uuidToBytes(t.pendingId),
        t.expiresAtMs === null ? null : int(t.expiresAtMs), context.memos.get(t.id) ?? null,
        context.staffId, context.terminalId, int(context.createdAtMs),
      );
    }
    await tx.run(
      `INSERT INTO transfer (${TRANSFER_COLUMNS.join(', ')}) VALUES ${Array.from(chunk, () => TRANSFER_VALUES).join(', ')}`,
      params,
    );
  }
}

/**
 * One UPDATE for all touched accounts: deltas, not absolute values, so the CHECK constraints
 * judge the arithmetic the database actually did.
 */
export async function applyBalanceDeltas(
  tx: WriteTx,
  deltas: ReadonlyMap<string, BalanceDelta>,
): Promise<void> {
  const entries = [...deltas.entries()];
  for (let start = 0; start < entries.length; start += ROWS_PER_INSERT) {
    const chunk = entries.slice(start, start + ROWS_PER_INSERT);
    const params: SqlValue[] = [];
    for (const [id, d] of chunk) {
      params.push(uuidToBytes(id), int(d.debitsPending), int(d.debitsPosted), int(d.creditsPending), int(d.creditsPosted));
    }
    const select = chunk
      .map((_, i) => (i === 0
        ? `SELECT ? AS id, ${INT64} AS dp, ${INT64} AS dpo, ${INT64} AS cp, ${INT64} AS cpo`
        : `SELECT ?, ${INT64}, ${INT64}, ${INT64}, ${INT64}`))
      .join(' UNION ALL ');
    const changed = await tx.run(
      `UPDATE account SET debits_pending = debits_pending + d.dp, debits_posted = debits_posted + d.dpo,
         credits_pending = credits_pending + d.cp, credits_posted = credits_posted + d.cpo
       FROM (${select}) AS d WHERE account.id = d.id`,
      params,
    );
    if (changed.changes !== chunk.length) throw new Error('balance update missed an account');
  }
}

export function transferFromRow(row: Row): PostedTransfer & { memo: string | null } {
  const pending = row['pending_id'];
  const expires = row['expires_at_ms'];
  const memo = row['memo'];
  return {
    id: bytesToUuid(readBytes(row, 'id')),
    leg: readInt(row, 'leg'),
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

export const TRANSFER_SELECT = `SELECT t.id, t.leg, t.kind, l.currency, t.debit_account_id, t.credit_account_id,
  t.amount, t.code, t.pending_id, t.expires_at_ms, t.memo, t.seq
  FROM transfer t JOIN ledger l ON l.id = t.ledger_id`;
