import { bytesToUuid } from '../../../../shared/domain/ids';
import { LEDGER_OUTBOX_KINDS, OUTBOX_KINDS, OUTBOX_KIND_NAMES, type OutboxKind, type OutboxPayload } from '../../../../shared/domain/outbox-kinds';
import { RECORD_KINDS, type RecordKind } from '../../../../shared/domain/records';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';
import { LEGS_PER_SEQ, TRANSFER_COLUMNS, transferFromRow } from './transfer.repo';

const KINDS_SQL = OUTBOX_KIND_NAMES.map((k) => `'${k}'`).join(', ');

/**
 * The journal is the outbox: entries of the outbox kinds after the sync cursor are what a relay
 * sends, in journal order, each rebuilt from the rows it describes into its versioned wire
 * payload. Nothing here runs on the write path.
 */
export async function readOutbox(tx: ReadTx, afterSeq: number, limit: number, terminalId: string): Promise<OutboxPayload[]> {
  const entries = await tx.all(
    `SELECT seq, kind, ref_id, actor_id, request_hash, device_ts_ms FROM journal
     WHERE seq > ? AND kind IN (${KINDS_SQL}) ORDER BY seq LIMIT ?`,
    [int(afterSeq), int(limit)],
  );
  const last = entries[entries.length - 1];
  if (!last) return [];
  const range: [number, number] = [int(afterSeq + 1), readInt(last, 'seq')];
  const transfers = await tx.all(
    `SELECT ${TRANSFER_COLUMNS} FROM transfer t JOIN ledger l ON l.id = t.ledger_id
     WHERE t.key BETWEEN ? AND ? ORDER BY t.key`,
    [range[0] * LEGS_PER_SEQ, range[1] * LEGS_PER_SEQ + LEGS_PER_SEQ - 1],
  );
  const records = await tx.all('SELECT seq, body FROM domain_record WHERE seq BETWEEN ? AND ?', range);
  const accounts = await tx.all(
    `SELECT a.seq, l.currency, a.kind, a.owner_ref, a.flags FROM account a JOIN ledger l ON l.id = a.ledger_id
     WHERE a.seq BETWEEN ? AND ?`,
    range,
  );
  const legsBySeq = groupBy(transfers, (r) => Math.floor(readInt(r, 'key') / LEGS_PER_SEQ));
  const accountBySeq = new Map(accounts.map((r) => [readInt(r, 'seq'), r]));
  const recordBySeq = new Map(records.map((r) => [readInt(r, 'seq'), r]));
  return entries.map((entry) => wirePayload(entry, { legs: legsBySeq, accounts: accountBySeq, records: recordBySeq, terminalId }));
}

type WireRows = {
  readonly legs: Map<number, Row[]>; readonly accounts: Map<number, Row>; readonly records: Map<number, Row>; readonly terminalId: string;
};
type Header = { operationId: string; seq: number; terminalId: string; staffId: string; createdAtMs: number };

/**
 * How each outbox kind's wire payload is built from its journal entry and the rows it describes:
 * a mapped type over every kind, so a new outbox kind without a builder does not compile. Every
 * payload is parsed with its kind's schema before it leaves, so nothing unversioned is ever sent.
 */
type Builder<K extends OutboxKind> = (header: Header, entry: Row, rows: WireRows) => OutboxPayload<K>;

function recordWire<K extends RecordKind>(kind: K): Builder<K> {
  return (header, _entry, rows) => {
    const row = rows.records.get(header.seq);
    if (!row) throw new Error(`outbox entry ${header.seq} has no record row`);
    return OUTBOX_KINDS[kind].schema.parse({
      kind, version: OUTBOX_KINDS[kind].version, ...header, body: JSON.parse(readText(row, 'body')) as unknown,
    }) as OutboxPayload<K>;
  };
}

const recordBuilders = Object.fromEntries(RECORD_KINDS.map((k) => [k, recordWire(k)])) as { readonly [K in RecordKind]: Builder<K> };

const WIRE_BUILDERS: { readonly [K in OutboxKind]: Builder<K> } = {
  ...recordBuilders,
  'ledger.batch': (header, entry, rows) => LEDGER_OUTBOX_KINDS['ledger.batch'].schema.parse({
    kind: 'ledger.batch', version: OUTBOX_KINDS['ledger.batch'].version, ...header,
    // The request hash lets the backend tell a replay from the same id with other content.
    requestHash: Buffer.from(readBytes(entry, 'request_hash')).toString('hex'),
    transfers: (rows.legs.get(header.seq) ?? []).map(transferFromRow),
  }),
  'account.open': (header, _entry, rows) => {
    const account = rows.accounts.get(header.seq);
    if (!account) throw new Error(`outbox entry ${header.seq} has no account row`);
    const owner = account['owner_ref'];
    return LEDGER_OUTBOX_KINDS['account.open'].schema.parse({
      kind: 'account.open', version: OUTBOX_KINDS['account.open'].version, ...header, currency: readText(account, 'currency'),
      accountKind: readText(account, 'kind'), ownerRef: typeof owner === 'string' ? owner : null, flags: readInt(account, 'flags'),
    });
  },
};

function wirePayload(entry: Row, rows: WireRows): OutboxPayload {
  const kind = readText(entry, 'kind') as OutboxKind;
  const header = {
    operationId: bytesToUuid(readBytes(entry, 'ref_id')), seq: readInt(entry, 'seq'), terminalId: rows.terminalId,
    staffId: typeof entry['actor_id'] === 'string' ? entry['actor_id'] : 'system', createdAtMs: readInt(entry, 'device_ts_ms'),
  };
  return WIRE_BUILDERS[kind](header, entry, rows);
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export async function syncCursor(tx: ReadTx): Promise<number> {
  const row = await tx.get('SELECT acked_seq FROM sync_cursor WHERE id = 1');
  return row ? readInt(row, 'acked_seq') : 0;
}

/** The backend acknowledged everything up to `seq`; the cursor never moves back. */
export async function advanceSyncCursor(tx: WriteTx, seq: number): Promise<void> {
  await tx.run('UPDATE sync_cursor SET acked_seq = max(acked_seq, ?) WHERE id = 1', [int(seq)]);
}

export async function pendingOutboxCount(tx: ReadTx): Promise<number> {
  const row = await tx.get(
    `SELECT count(*) AS n FROM journal WHERE seq > (SELECT acked_seq FROM sync_cursor WHERE id = 1) AND kind IN (${KINDS_SQL})`,
  );
  return row ? readInt(row, 'n') : 0;
}
