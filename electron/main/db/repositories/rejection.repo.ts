import type { ErrorCode } from '../../../../shared/domain/errors';
import { isErrorCode } from '../../../../shared/domain/errors';
import { uuidToBytes } from '../../../../shared/domain/ids';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

/** The stored first outcome of an operation id: committed at `seq`, or declined there. */
export type OperationRecord =
  | { readonly outcome: 'committed'; readonly seq: number; readonly requestHash: Uint8Array; readonly createdAtMs: number }
  | {
      readonly outcome: 'declined'; readonly seq: number; readonly requestHash: Uint8Array; readonly createdAtMs: number;
      readonly code: ErrorCode; readonly message: string;
    };

/** One lookup through the journal's unique operation index: a batch id is used once, either way. */
export async function findOperation(tx: ReadTx, batchId: string): Promise<OperationRecord | undefined> {
  const row = await tx.get(
    `SELECT j.kind, j.seq, j.request_hash, j.device_ts_ms, r.code, r.message
     FROM journal j LEFT JOIN transfer_rejection r ON r.seq = j.seq
     WHERE j.ref_id = ? AND j.kind IN ('ledger.batch', 'ledger.rejection')`,
    [uuidToBytes(batchId)],
  );
  if (!row) return undefined;
  const base = { seq: readInt(row, 'seq'), requestHash: readBytes(row, 'request_hash'), createdAtMs: readInt(row, 'device_ts_ms') };
  if (row['kind'] === 'ledger.batch') return { outcome: 'committed', ...base };
  const code = readText(row, 'code');
  if (!isErrorCode(code)) throw new Error(`stored decline at seq ${base.seq} has an unknown code`);
  return { outcome: 'declined', ...base, code, message: readText(row, 'message') };
}

/** The decline itself; its journal entry (batch id, hash, staff, time) is written by the caller. */
export async function insertRejection(tx: WriteTx, seq: number, code: ErrorCode, message: string): Promise<void> {
  await tx.run('INSERT INTO transfer_rejection (seq, code, message) VALUES (?, ?, ?)', [int(seq), code, message]);
}
