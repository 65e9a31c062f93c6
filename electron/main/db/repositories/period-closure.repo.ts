import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { ClosureKind } from '../../../../shared/domain/records/closures';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

/** A monthly or yearly closure row: where it sits in the journal, its Z range, the bytes it signed and the signature. */
export type ClosureRow = {
  readonly id: string;
  readonly terminalId: string;
  readonly kind: ClosureKind;
  readonly number: number;
  readonly period: string;
  /** The `closure.month` / `closure.year` journal entry; its record holds the body. */
  readonly seq: number;
  readonly closedAtMs: number;
  readonly afterZ: number;
  readonly throughZ: number;
  readonly lastSeq: number;
  readonly canonical: Uint8Array;
  readonly signature: Uint8Array;
  readonly publicKey: Uint8Array;
};

/** A closure row with its record's body (JSON text, as chained) and its entry's kind, when they are there. */
export type StoredClosure = ClosureRow & { readonly bodyJson: string | null; readonly entryKind: string | null };

const CLOSURE_SQL = `SELECT c.id, c.terminal_id, c.kind, c.number, c.period, c.seq, c.closed_at_ms, c.after_z, c.through_z, c.last_seq,
  c.canonical, c.signature, c.public_key, r.body, j.kind AS entry_kind
  FROM period_closure c LEFT JOIN domain_record r ON r.seq = c.seq LEFT JOIN journal j ON j.seq = c.seq`;

function closureFrom(row: Row): StoredClosure {
  const body = row['body'];
  const entryKind = row['entry_kind'];
  return {
    id: bytesToUuid(readBytes(row, 'id')), terminalId: readText(row, 'terminal_id'), kind: readText(row, 'kind') as ClosureKind,
    number: readInt(row, 'number'), period: readText(row, 'period'), seq: readInt(row, 'seq'), closedAtMs: readInt(row, 'closed_at_ms'),
    afterZ: readInt(row, 'after_z'), throughZ: readInt(row, 'through_z'), lastSeq: readInt(row, 'last_seq'),
    canonical: readBytes(row, 'canonical'), signature: readBytes(row, 'signature'), publicKey: readBytes(row, 'public_key'),
    bodyJson: typeof body === 'string' ? body : null, entryKind: typeof entryKind === 'string' ? entryKind : null,
  };
}

/** Appends a closure; the schema refuses a number or Z range that does not follow the previous one of its kind, and any later change. */
export async function insertClosure(tx: WriteTx, c: ClosureRow): Promise<void> {
  await tx.run(
    `INSERT INTO period_closure (id, terminal_id, kind, number, period, seq, closed_at_ms, after_z, through_z, last_seq, canonical,
       signature, public_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [uuidToBytes(c.id), c.terminalId, c.kind, int(c.number), c.period, int(c.seq), int(c.closedAtMs), int(c.afterZ), int(c.throughZ),
      int(c.lastSeq), c.canonical, c.signature, c.publicKey],
  );
}

/** The terminal's last closure of a kind (the next number, period and Z range follow it), if any. */
export async function lastClosure(tx: ReadTx, terminalId: string, kind: ClosureKind): Promise<StoredClosure | undefined> {
  const row = await tx.get(`${CLOSURE_SQL} WHERE c.terminal_id = ? AND c.kind = ? ORDER BY c.number DESC LIMIT 1`, [terminalId, kind]);
  return row ? closureFrom(row) : undefined;
}

/** The terminal's first closure of a kind (where the first year starts), if any. */
export async function firstClosure(tx: ReadTx, terminalId: string, kind: ClosureKind): Promise<StoredClosure | undefined> {
  const row = await tx.get(`${CLOSURE_SQL} WHERE c.terminal_id = ? AND c.kind = ? ORDER BY c.number LIMIT 1`, [terminalId, kind]);
  return row ? closureFrom(row) : undefined;
}

export async function closureByPeriod(tx: ReadTx, terminalId: string, kind: ClosureKind, period: string): Promise<StoredClosure | undefined> {
  const row = await tx.get(`${CLOSURE_SQL} WHERE c.terminal_id = ? AND c.kind = ? AND c.period = ?`, [terminalId, kind, period]);
  return row ? closureFrom(row) : undefined;
}

export async function closureById(tx: ReadTx, id: string): Promise<StoredClosure | undefined> {
  const row = await tx.get(`${CLOSURE_SQL} WHERE c.id = ?`, [uuidToBytes(id)]);
  return row ? closureFrom(row) : undefined;
}

/** A page of the terminal's closures of a kind, newest first, below `beforeNumber` when given. */
export async function listClosures(tx: ReadTx, terminalId: string, kind: ClosureKind, beforeNumber: number | undefined, limit: number): Promise<StoredClosure[]> {
  const rows = await tx.all(
    `${CLOSURE_SQL} WHERE c.terminal_id = ? AND c.kind = ? AND c.number < ? ORDER BY c.number DESC LIMIT ?`,
    [terminalId, kind, int(beforeNumber ?? Number.MAX_SAFE_INTEGER), int(limit)],
  );
  return rows.map(closureFrom);
}

/** Every closure in this database, by terminal, kind and number (for verify). */
export async function allClosures(tx: ReadTx): Promise<StoredClosure[]> {
  return (await tx.all(`${CLOSURE_SQL} ORDER BY c.terminal_id, c.kind, c.number`)).map(closureFrom);
}

/** The seq of every `closure.month` / `closure.year` entry with no closure row (verify). */
export async function closureEntriesWithoutRow(tx: ReadTx): Promise<number[]> {
  const rows = await tx.all(
    `SELECT r.seq FROM domain_record r JOIN journal j ON j.seq = r.seq
     WHERE j.kind IN ('closure.month', 'closure.year') AND NOT EXISTS (SELECT 1 FROM period_closure c WHERE c.seq = r.seq) ORDER BY r.seq`,
  );
  return rows.map((r) => readInt(r, 'seq'));
}
