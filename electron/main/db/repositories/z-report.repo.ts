import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

/** A Z row as stored: where it sits in the journal, the bytes it signed and the signature. */
export type ZRow = {
  readonly terminalId: string;
  readonly zNumber: number;
  readonly shiftId: string;
  /** The `closure.z` journal entry; its record holds the body. */
  readonly seq: number;
  readonly currency: string;
  readonly closedAtMs: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly headMac: Uint8Array;
  readonly canonical: Uint8Array;
  readonly signature: Uint8Array;
  readonly publicKey: Uint8Array;
};

/** A Z row with its record's body (JSON text, as chained) and its entry's kind, when they are there. */
export type StoredZ = ZRow & { readonly bodyJson: string | null; readonly entryKind: string | null };

const Z_SQL = `SELECT z.terminal_id, z.z_number, z.shift_id, z.seq, z.currency, z.closed_at_ms, z.first_seq, z.last_seq, z.head_mac,
  z.canonical, z.signature, z.public_key, r.body, j.kind AS entry_kind
  FROM z_report z LEFT JOIN domain_record r ON r.seq = z.seq LEFT JOIN journal j ON j.seq = z.seq`;

function zFrom(row: Row): StoredZ {
  const body = row['body'];
  const kind = row['entry_kind'];
  return {
    terminalId: readText(row, 'terminal_id'), zNumber: readInt(row, 'z_number'), shiftId: bytesToUuid(readBytes(row, 'shift_id')),
    seq: readInt(row, 'seq'), currency: readText(row, 'currency'), closedAtMs: readInt(row, 'closed_at_ms'),
    firstSeq: readInt(row, 'first_seq'), lastSeq: readInt(row, 'last_seq'), headMac: readBytes(row, 'head_mac'),
    canonical: readBytes(row, 'canonical'), signature: readBytes(row, 'signature'), publicKey: readBytes(row, 'public_key'),
    bodyJson: typeof body === 'string' ? body : null, entryKind: typeof kind === 'string' ? kind : null,
  };
}

/** Appends a Z; the schema refuses a number that is not the terminal's next one, and any later change. */
export async function insertZReport(tx: WriteTx, z: ZRow): Promise<void> {
  await tx.run(
    `INSERT INTO z_report (terminal_id, z_number, shift_id, seq, currency, closed_at_ms, first_seq, last_seq, head_mac, canonical,
       signature, public_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [z.terminalId, int(z.zNumber), uuidToBytes(z.shiftId), int(z.seq), z.currency, int(z.closedAtMs), int(z.firstSeq), int(z.lastSeq),
      z.headMac, z.canonical, z.signature, z.publicKey],
  );
}

/** The terminal's last Z (the next number and where the next period starts), if any. */
export async function lastZ(tx: ReadTx, terminalId: string): Promise<StoredZ | undefined> {
  const row = await tx.get(`${Z_SQL} WHERE z.terminal_id = ? ORDER BY z.z_number DESC LIMIT 1`, [terminalId]);
  return row ? zFrom(row) : undefined;
}

/** The terminal's last Z in a currency: whose grand totals the next Z of that currency carries on. */
export async function lastZInCurrency(tx: ReadTx, terminalId: string, currency: string): Promise<StoredZ | undefined> {
  const row = await tx.get(`${Z_SQL} WHERE z.terminal_id = ? AND z.currency = ? ORDER BY z.z_number DESC LIMIT 1`, [terminalId, currency]);
  return row ? zFrom(row) : undefined;
}

export async function zByNumber(tx: ReadTx, terminalId: string, zNumber: number): Promise<StoredZ | undefined> {
  const row = await tx.get(`${Z_SQL} WHERE z.terminal_id = ? AND z.z_number = ?`, [terminalId, int(zNumber)]);
  return row ? zFrom(row) : undefined;
}

export async function zByShift(tx: ReadTx, shiftId: string): Promise<StoredZ | undefined> {
  const row = await tx.get(`${Z_SQL} WHERE z.shift_id = ?`, [uuidToBytes(shiftId)]);
  return row ? zFrom(row) : undefined;
}

/** A page of the terminal's Zs, newest first, below `beforeZNumber` when given. */
export async function listZ(tx: ReadTx, terminalId: string, beforeZNumber: number | undefined, limit: number): Promise<StoredZ[]> {
  const rows = await tx.all(
    `${Z_SQL} WHERE z.terminal_id = ? AND z.z_number < ? ORDER BY z.z_number DESC LIMIT ?`,
    [terminalId, int(beforeZNumber ?? Number.MAX_SAFE_INTEGER), int(limit)],
  );
  return rows.map(zFrom);
}

/** The terminal's Zs numbered above `afterZNumber`, in number order (what the next monthly closure may take). */
export async function zAfter(tx: ReadTx, terminalId: string, afterZNumber: number): Promise<StoredZ[]> {
  return (await tx.all(`${Z_SQL} WHERE z.terminal_id = ? AND z.z_number > ? ORDER BY z.z_number`, [terminalId, int(afterZNumber)])).map(zFrom);
}

/** Every Z of every terminal in this database, by terminal and number (for verify). */
export async function allZ(tx: ReadTx): Promise<StoredZ[]> {
  return (await tx.all(`${Z_SQL} ORDER BY z.terminal_id, z.z_number`)).map(zFrom);
}

/**
 * The seq of every `closure.z` journal entry that has no Z row (verify). Walks the records, not
 * the journal: there is no index on the journal's kind, and records are far fewer than entries.
 */
export async function closuresWithoutZ(tx: ReadTx): Promise<number[]> {
  const rows = await tx.all(
    `SELECT r.seq FROM domain_record r JOIN journal j ON j.seq = r.seq
     WHERE j.kind = 'closure.z' AND NOT EXISTS (SELECT 1 FROM z_report z WHERE z.seq = r.seq) ORDER BY r.seq`,
  );
  return rows.map((r) => readInt(r, 'seq'));
}

/** The MAC of one journal entry (a Z's head at its close). */
export async function macAt(tx: ReadTx, seq: number): Promise<Uint8Array | undefined> {
  const row = await tx.get('SELECT mac FROM journal WHERE seq = ?', [int(seq)]);
  return row ? readBytes(row, 'mac') : undefined;
}
