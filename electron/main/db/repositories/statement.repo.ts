import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { TransferKind } from '../../../../shared/domain/ledger-types';
import type { StatementLine, StatementPage, StatementQuery } from '../../../../shared/domain/statement';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx } from '../tx';

/** Later than any key: the first page starts at the newest transfer. */
const NO_KEY_BOUND = Number.MAX_SAFE_INTEGER;

/**
 * One account's entries newest first through `account_entry` (migration 90), filtered by the time
 * of the operation in its journal row; the direction is the side the account is on.
 */
const STATEMENT_SQL = `
SELECT e.key, CASE WHEN t.debit_account_id = e.account_id THEN 'out' ELSE 'in' END AS direction,
  t.id, t.kind, t.amount, t.code, t.memo, t.pending_id, l.currency,
  CASE WHEN t.debit_account_id = e.account_id THEN t.credit_account_id ELSE t.debit_account_id END AS counter,
  c.kind AS counter_kind, j.ref_id, j.device_ts_ms
FROM account_entry e
JOIN journal j ON j.seq = e.key >> 10
JOIN transfer t ON t.key = e.key
JOIN ledger l ON l.id = t.ledger_id
JOIN account c ON c.id = (CASE WHEN t.debit_account_id = e.account_id THEN t.credit_account_id ELSE t.debit_account_id END)
WHERE e.account_id = ?1 AND e.key < ?2 AND j.device_ts_ms BETWEEN ?3 AND ?4
ORDER BY e.key DESC LIMIT ?5`;

/** The account kinds whose movements are filed for statements (the trigger of migration 90). */
export const STATEMENT_ACCOUNT_KINDS: readonly string[] = ['wallet', 'card'];

function lineFrom(row: Row): StatementLine {
  const key = readInt(row, 'key');
  const memo = row['memo'];
  const pending = row['pending_id'];
  return {
    key, seq: Math.floor(key / 1024), transferId: bytesToUuid(readBytes(row, 'id')), operationId: bytesToUuid(readBytes(row, 'ref_id')),
    atMs: readInt(row, 'device_ts_ms'), kind: readText(row, 'kind') as TransferKind, direction: readText(row, 'direction') as 'in' | 'out',
    amountMinor: readInt(row, 'amount'), currency: readText(row, 'currency'), code: readText(row, 'code'),
    counterAccountId: bytesToUuid(readBytes(row, 'counter')), counterAccountKind: readText(row, 'counter_kind'),
    memo: typeof memo === 'string' ? memo : null, pendingId: pending instanceof Uint8Array ? bytesToUuid(pending) : null,
  };
}

/** One page of an account's statement, newest first; `nextBeforeKey` is null on the last page. */
export async function readStatement(tx: ReadTx, q: StatementQuery): Promise<StatementPage> {
  const rows = await tx.all(STATEMENT_SQL, [
    uuidToBytes(q.accountId), int(q.beforeKey ?? NO_KEY_BOUND), int(q.fromMs ?? 0), int(q.toMs ?? NO_KEY_BOUND), int(q.limit + 1),
  ]);
  const lines = rows.slice(0, q.limit).map(lineFrom);
  const last = lines[lines.length - 1];
  return { lines, nextBeforeKey: rows.length > q.limit && last ? last.key : null };
}
