import type { ChainMac } from '../chain-mac';
import { readBytes, readInt, int } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';
import { META_KEYS, readMetaIn } from './meta.repo';

export type JournalAppend = {
  readonly kind: string;
  readonly refId: Uint8Array | null;
  readonly payload: Uint8Array;
  readonly deviceTsMs: number;
};

export type ChainHead = { readonly lastSeq: number; readonly headMac: Uint8Array };

export async function readChainHead(tx: ReadTx): Promise<ChainHead | undefined> {
  const row = await tx.get('SELECT last_seq, head_mac FROM chain_state WHERE id = 1');
  return row ? { lastSeq: readInt(row, 'last_seq'), headMac: readBytes(row, 'head_mac') } : undefined;
}

/** Creates the chain's genesis once; later opens find it and change nothing. */
export async function ensureGenesis(tx: WriteTx, mac: ChainMac, terminalId: string): Promise<void> {
  // The terminal id is bound into the genesis MAC; verify reads it back from here.
  await tx.run(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
    [META_KEYS.terminalId, terminalId],
  );
  if ((await readMetaIn(tx, META_KEYS.terminalId)) !== terminalId) throw new Error('this database belongs to another terminal');
  await tx.run('INSERT INTO chain_state (id, last_seq, head_mac) VALUES (1, 0, ?) ON CONFLICT (id) DO NOTHING', [
    mac.genesis(terminalId),
  ]);
}

/**
 * Appends one entry. The schema's triggers refuse a seq that is not head + 1 or a prev_mac that
 * is not the head, and advance `chain_state` in the same statement: the head can never lag.
 */
/**
 * The last head this process appended, per connection. Only a hint: the journal_gapless trigger
 * checks seq and prev_mac on every insert, so a stale hint (a rolled-back transaction, another
 * writer) fails that insert and the head is read again. It saves one query per durable commit.
 */
const headHints = new WeakMap<object, ChainHead>();

export async function appendJournal(tx: WriteTx, mac: ChainMac, entry: JournalAppend): Promise<number> {
  const hinted = headHints.get(tx);
  if (hinted) {
    try {
      return await insertAfter(tx, mac, entry, hinted);
    } catch (error) {
      if (!(error instanceof Error && error.message.includes('journal_out_of_order'))) throw error;
    }
  }
  const head = await readChainHead(tx);
  if (!head) throw new Error('journal has no genesis');
  return insertAfter(tx, mac, entry, head);
}

async function insertAfter(tx: WriteTx, mac: ChainMac, entry: JournalAppend, head: ChainHead): Promise<number> {
  const seq = head.lastSeq + 1;
  const next = mac.next({ ...entry, seq, prevMac: head.headMac });
  await tx.run(
    'INSERT INTO journal (seq, kind, ref_id, payload, device_ts_ms, prev_mac, mac) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [int(seq), entry.kind, entry.refId, entry.payload, int(entry.deviceTsMs), head.headMac, next],
  );
  headHints.set(tx, { lastSeq: seq, headMac: next });
  return seq;
}
