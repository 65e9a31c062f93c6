import type { ChainMac } from '../chain-mac';
import { readBytes, readInt, int } from '../sql-value';
import { noteJournalAppend, type ReadTx, type WriteTx } from '../tx';
import { META_KEYS, readMetaIn } from './meta.repo';

/** The columns of a journal row other than its payload, which is rebuilt from what it describes. */
export type JournalAppend = {
  readonly kind: string;
  readonly refId: Uint8Array | null;
  readonly actorId: string | null;
  readonly requestHash: Uint8Array | null;
  readonly deviceTsMs: number;
  /** The canonical payload, bound by the MAC; the row stores NULL and verify rebuilds it. */
  readonly payload: Uint8Array;
};

export type ChainHead = { readonly lastSeq: number; readonly headMac: Uint8Array };

/** The next entry's seq and the MAC it links to. */
export type ChainLink = { readonly seq: number; readonly prevMac: Uint8Array };

/** The last journal row, or the genesis before the first one; undefined before genesis. */
export async function readChainHead(tx: ReadTx): Promise<ChainHead | undefined> {
  const row = await tx.get(
    `SELECT coalesce((SELECT seq FROM journal ORDER BY seq DESC LIMIT 1), 0) AS last_seq,
       coalesce((SELECT mac FROM journal ORDER BY seq DESC LIMIT 1), g.mac) AS head_mac
     FROM chain_genesis g WHERE g.id = 1`,
  );
  return row ? { lastSeq: readInt(row, 'last_seq'), headMac: readBytes(row, 'head_mac') } : undefined;
}

export async function readGenesis(tx: ReadTx): Promise<Uint8Array | undefined> {
  const row = await tx.get('SELECT mac FROM chain_genesis WHERE id = 1');
  return row ? readBytes(row, 'mac') : undefined;
}

/** Creates the chain's genesis once; later opens find it and change nothing. */
export async function ensureGenesis(tx: WriteTx, mac: ChainMac, terminalId: string): Promise<void> {
  // The terminal id is bound into the genesis MAC and every batch payload; verify reads it here.
  await tx.run(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
    [META_KEYS.terminalId, terminalId],
  );
  if ((await readMetaIn(tx, META_KEYS.terminalId)) !== terminalId) throw new Error('this database belongs to another terminal');
  await tx.run('INSERT INTO chain_genesis (id, mac) VALUES (1, ?) ON CONFLICT (id) DO NOTHING', [mac.genesis(terminalId)]);
}

/**
 * The last head this process appended, per connection. Only a hint: the journal_gapless trigger
 * checks seq and prev_mac on every insert, so a stale hint (a rolled-back transaction, another
 * writer) fails that insert with `journal_out_of_order` and the head is read again. It saves a
 * query on the durable write path.
 */
const headHints = new WeakMap<object, ChainHead>();

export function hintedLink(tx: ReadTx): ChainLink | undefined {
  const hint = headHints.get(tx);
  return hint ? { seq: hint.lastSeq + 1, prevMac: hint.headMac } : undefined;
}

export async function readLink(tx: ReadTx): Promise<ChainLink> {
  const head = await readChainHead(tx);
  if (!head) throw new Error('journal has no genesis');
  return { seq: head.lastSeq + 1, prevMac: head.headMac };
}

export function noteHead(tx: ReadTx, head: ChainHead): void {
  headHints.set(tx, head);
}

export function forgetHead(tx: ReadTx): void {
  headHints.delete(tx);
}

/** The MAC of an entry about to be written at `link`. */
export function entryMac(mac: ChainMac, entry: JournalAppend, link: ChainLink): Uint8Array {
  return mac.next({ seq: link.seq, kind: entry.kind, refId: entry.refId, deviceTsMs: entry.deviceTsMs, payload: entry.payload, prevMac: link.prevMac });
}

/**
 * Appends one entry (not a batch: those go through `writeBatch`, one statement with their
 * transfers) at the head read inside this transaction, and returns its seq. The schema refuses a
 * seq that is not head + 1 or a prev_mac that is not the head.
 */
export async function appendJournal(tx: WriteTx, mac: ChainMac, entry: JournalAppend): Promise<number> {
  const link = await readLink(tx);
  const next = entryMac(mac, entry, link);
  await tx.run(
    `INSERT INTO journal (seq, kind, ref_id, actor_id, request_hash, device_ts_ms, payload, prev_mac, mac)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    [int(link.seq), entry.kind, entry.refId, entry.actorId, entry.requestHash, int(entry.deviceTsMs), link.prevMac, next],
  );
  noteHead(tx, { lastSeq: link.seq, headMac: next });
  // Staff, setup, settings and audit entries get the chain anchor rewritten at commit (db/chain-anchor.ts).
  noteJournalAppend(tx, entry.kind);
  return link.seq;
}

/** The seq the next appended entry will get: for rows that name their entry before it exists. */
export async function nextSeq(tx: ReadTx): Promise<number> {
  return (await readLink(tx)).seq;
}

/** The last entry's seq and device time (0 and 0 for an empty journal): what a restore reports. */
export async function journalHead(tx: ReadTx): Promise<{ seq: number; atMs: number }> {
  const row = await tx.get('SELECT seq, device_ts_ms FROM journal ORDER BY seq DESC LIMIT 1');
  return row ? { seq: readInt(row, 'seq'), atMs: readInt(row, 'device_ts_ms') } : { seq: 0, atMs: 0 };
}
