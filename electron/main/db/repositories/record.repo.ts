import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import { recordJson, recordSpec, type RecordBody, type RecordKind } from '../../../../shared/domain/records';
import { recordPayload } from '../../core/journal/entry-payloads';
import type { ChainMac } from '../chain-mac';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';
import { appendJournal } from './journal.repo';

export type RecordAppend<K extends RecordKind> = {
  readonly kind: K;
  /** The operation id (a money operation's batch id) or the card, voucher, … it is about. */
  readonly subjectId: string;
  readonly body: RecordBody<K>;
  /** The staff member acting, or null for the system (the expiry sweep). */
  readonly actorId: string | null;
  readonly atMs: number;
};

/**
 * Appends a record and its journal entry in the caller's transaction and returns its seq. The
 * body is stored exactly as its schema outputs it; a body that does not fit is a bug in the
 * caller, so it throws (and the transaction rolls back) rather than storing it.
 */
export async function appendRecord<K extends RecordKind>(tx: WriteTx, mac: ChainMac, record: RecordAppend<K>): Promise<number> {
  const fitted = recordJson(record.kind, record.body);
  if (!fitted.ok) throw new Error(fitted.message);
  const subject = uuidToBytes(record.subjectId);
  const payload = recordPayload({
    kind: record.kind, subjectId: record.subjectId, bodyJson: fitted.json, version: recordSpec(record.kind).version, atMs: record.atMs,
  });
  const seq = await appendJournal(tx, mac, {
    kind: record.kind, refId: subject, actorId: record.actorId, requestHash: null, deviceTsMs: record.atMs, payload,
  });
  await tx.run('INSERT INTO domain_record (seq, subject, body) VALUES (?, ?, ?)', [int(seq), subject, fitted.json]);
  return seq;
}

export type StoredRecord = {
  readonly seq: number;
  readonly kind: RecordKind;
  readonly subjectId: string;
  readonly body: unknown;
  readonly actorId: string | null;
  readonly atMs: number;
};

const RECORD_SQL = `SELECT r.seq, j.kind, r.subject, r.body, j.actor_id, j.device_ts_ms
  FROM domain_record r JOIN journal j ON j.seq = r.seq`;

function storedFrom(row: Record<string, unknown>): StoredRecord {
  const actor = row['actor_id'];
  return {
    seq: readInt(row, 'seq'), kind: readText(row, 'kind') as RecordKind, subjectId: bytesToUuid(readBytes(row, 'subject')),
    body: JSON.parse(readText(row, 'body')) as unknown, actorId: typeof actor === 'string' ? actor : null, atMs: readInt(row, 'device_ts_ms'),
  };
}

/** The records about one subject, oldest first (an operation's outcome, a card's events). */
export async function recordsOf(tx: ReadTx, subjectId: string, kinds?: readonly RecordKind[]): Promise<StoredRecord[]> {
  const filter = kinds && kinds.length > 0 ? ` AND j.kind IN (${kinds.map(() => '?').join(', ')})` : '';
  const rows = await tx.all(`${RECORD_SQL} WHERE r.subject = ?${filter} ORDER BY r.seq`, [uuidToBytes(subjectId), ...(kinds ?? [])]);
  return rows.map(storedFrom);
}

/** The first record of a kind about a subject: what an operation id already decided. */
export async function firstRecord(tx: ReadTx, subjectId: string, kind: RecordKind): Promise<StoredRecord | undefined> {
  const row = await tx.get(`${RECORD_SQL} WHERE r.subject = ? AND j.kind = ? ORDER BY r.seq LIMIT 1`, [uuidToBytes(subjectId), kind]);
  return row ? storedFrom(row) : undefined;
}
