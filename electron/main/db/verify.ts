import { isJournalKind } from '../../../shared/domain/journal-kinds';
import { encodePayload } from '../core/journal/payload-encoders';
import { sameBytes } from './bytes';
import type { ChainMac } from './chain-mac';
import type { Database } from './connection';
import type { Row } from './driver';
import { readGenesis } from './repositories/journal.repo';
import { listLedgers } from './repositories/ledger.repo';
import { META_KEYS, readMetaIn } from './repositories/meta.repo';
import { readBytes, readInt, readText } from './sql-value';
import { BalanceFold, statementIndexMismatch, unbalancedLedgers } from './verify-fold';
import { readVerifyPage, rowsAfterHead, type VerifyPage } from './verify-page';
import { closureProblems } from './verify-closures';
import { StateFold } from './verify-state';
import { ROW_READERS, type Described, type Entry, type VerifyContext } from './verify-readers';

export type VerifyProblem = {
  readonly kind: 'gap' | 'prev_mac' | 'mac' | 'payload' | 'head' | 'genesis' | 'balance' | 'unbalanced_ledger' | 'state' | 'statement_index'
    | 'closure';
  readonly seq?: number;
  readonly accountId?: string;
  readonly currency?: string;
  readonly message: string;
};

export type VerifyReport = {
  readonly ok: boolean;
  /** Entries whose chain link checked out, from seq 1 up. */
  readonly entriesVerified: number;
  readonly headSeq: number;
  /** The first sequence number that is missing or does not verify. */
  readonly firstBadSeq: number | null;
  readonly problems: readonly VerifyProblem[];
};

export type VerifyProgress = (verified: number, total: number) => void;

/**
 * Walks the chain from genesis in keyset pages (one query per table per page; the next page is
 * read while this one is checked): every seq present and consecutive, every prev_mac the
 * previous mac, every entry's payload rebuilt from the rows it describes by its kind's reader
 * (a stored payload from before migration 30 must equal the rebuilt one), every mac recomputed;
 * then rows no entry describes, every cached balance against the fold of the transfers,
 * debits = credits per ledger, and the staff table and merchant facts against their latest
 * chained snapshots (verify-state.ts). Each page is its own read, so the till keeps working meanwhile.
 */
export async function verifyLedger(db: Database, mac: ChainMac, onProgress?: VerifyProgress): Promise<VerifyReport> {
  const start = await db.tx.read(async (tx) => ({
    genesis: await readGenesis(tx),
    terminalId: await readMetaIn(tx, META_KEYS.terminalId),
    ledgers: await listLedgers(tx),
    headSeq: readInt((await tx.get('SELECT coalesce(max(seq), 0) AS n FROM journal')) ?? { n: 0 }, 'n'),
  }));
  const { headSeq } = start;
  if (!start.genesis || start.terminalId === undefined) {
    return { ok: false, entriesVerified: 0, headSeq, firstBadSeq: 1, problems: [{ kind: 'genesis', message: 'chain has no genesis' }] };
  }
  const problems: VerifyProblem[] = [];
  if (!sameBytes(start.genesis, mac.genesis(start.terminalId))) {
    problems.push({ kind: 'genesis', seq: 1, message: 'the genesis does not belong to this terminal and key' });
  }
  const currencies = new Map(start.ledgers.map((l) => [l.ledgerId, l.currency]));
  const ctx: VerifyContext = { terminalId: start.terminalId, currencyOf: (id) => currencies.get(id) };
  const walk = new ChainWalk(mac, start.genesis, ctx);
  let next = db.tx.read((tx) => readVerifyPage(tx, 0, ctx.currencyOf));
  for (;;) {
    const page = await next;
    if (page.entries.length === 0) break;
    next = db.tx.read((tx) => readVerifyPage(tx, page.lastSeq, ctx.currencyOf));
    // After a break the pages are still read, for the balance fold over every transfer.
    if (problems.length === 0) {
      const problem = walk.check(page);
      if (problem) problems.push(problem);
    }
    walk.foldPage(page);
    onProgress?.(walk.verified, headSeq);
  }
  const verified = walk.verified;
  if (problems.length === 0 && verified !== headSeq) {
    problems.push({ kind: 'head', seq: verified + 1, message: `the journal ends at ${headSeq}, the chain at ${verified}` });
  }
  problems.push(...(await db.tx.read(async (tx) => {
    const found: VerifyProblem[] = [];
    const stray = await rowsAfterHead(tx, headSeq);
    if (stray) found.push({ kind: 'payload', seq: stray.seq, message: `${stray.table} rows under seq ${stray.seq}, which the chain does not cover` });
    for (const accountId of await walk.fold.mismatches(tx)) {
      found.push({ kind: 'balance', accountId, message: `account ${accountId}: balance differs from its transfers` });
    }
    for (const problem of await walk.states.mismatches(tx)) found.push({ kind: 'state', ...problem });
    const filed = await statementIndexMismatch(tx);
    if (filed) {
      const seq = Math.floor(filed.key / 1024);
      found.push({ kind: 'statement_index', seq, message: `the statement index ${filed.missing ? 'lacks' : 'invents'} a movement of entry ${seq}` });
    }
    // Z reports (shifts): signatures, numbering, grand-total carry-over (verify-closures.ts).
    found.push(...(await closureProblems(tx)));
    for (const currency of await unbalancedLedgers(tx)) {
      found.push({ kind: 'unbalanced_ledger', currency, message: `${currency} ledger: debits differ from credits` });
    }
    return found;
  })));
  const firstBad = problems.find((p) => p.seq !== undefined)?.seq ?? null;
  return { ok: problems.length === 0, entriesVerified: verified, headSeq, firstBadSeq: firstBad, problems };
}

function entryOf(row: Row): Entry {
  const blob = (column: string): Uint8Array | null => (row[column] instanceof Uint8Array ? (row[column] as Uint8Array) : null);
  const actor = row['actor_id'];
  return {
    seq: readInt(row, 'seq'), kind: readText(row, 'kind'), refId: blob('ref_id'), actorId: typeof actor === 'string' ? actor : null,
    requestHash: blob('request_hash'), deviceTsMs: readInt(row, 'device_ts_ms'), payload: blob('payload'),
  };
}

/** The state carried from page to page: the last MAC, the count, the balance fold. */
class ChainWalk {
  verified = 0;
  readonly fold = new BalanceFold();
  readonly states = new StateFold();
  private prevMac: Uint8Array;

  constructor(private readonly mac: ChainMac, genesis: Uint8Array, private readonly ctx: VerifyContext) {
    this.prevMac = genesis;
  }

  check(page: VerifyPage): VerifyProblem | undefined {
    const used: Record<Described, Set<number>> = {
      transfer: new Set(), account: new Set(), ledger: new Set(), transfer_rejection: new Set(), audit: new Set(), state_change: new Set(),
      domain_record: new Set(),
    };
    for (const row of page.entries) {
      const entry = entryOf(row);
      const expected = this.verified + 1;
      if (entry.seq !== expected) return { kind: 'gap', seq: expected, message: `entry ${expected} is missing` };
      if (!sameBytes(readBytes(row, 'prev_mac'), this.prevMac)) {
        return { kind: 'prev_mac', seq: entry.seq, message: `entry ${entry.seq} does not link to entry ${entry.seq - 1}` };
      }
      const payload = this.rebuild(entry, page, used);
      if (typeof payload === 'string') return { kind: 'payload', seq: entry.seq, message: `entry ${entry.seq} (${entry.kind}): ${payload}` };
      const recomputed = this.mac.next({ ...entry, payload, prevMac: this.prevMac });
      const stored = readBytes(row, 'mac');
      if (!sameBytes(recomputed, stored)) {
        // A payload rebuilt from rows: the rows it describes (or the entry's own columns) changed.
        return entry.payload
          ? { kind: 'mac', seq: entry.seq, message: `entry ${entry.seq} does not match its MAC` }
          : { kind: 'payload', seq: entry.seq, message: `entry ${entry.seq} (${entry.kind}) or the rows it describes differ from what was chained` };
      }
      this.prevMac = stored;
      this.verified = entry.seq;
    }
    return strayRows(page, used);
  }

  foldPage(page: VerifyPage): void {
    for (const transfers of page.transfers.values()) {
      for (const t of transfers) if (typeof t !== 'string') this.fold.add(t);
    }
    this.states.add(page.states.values());
  }

  /** The entry's payload rebuilt from its rows by its kind's reader, or what is wrong. */
  private rebuild(entry: Entry, page: VerifyPage, used: Record<Described, Set<number>>): Uint8Array | string {
    if (!isJournalKind(entry.kind)) return 'unknown entry kind';
    const reader = ROW_READERS[entry.kind];
    const record = reader.read(entry, page, this.ctx);
    if (typeof record === 'string') return record;
    used[reader.describes].add(entry.seq);
    const rebuilt = encodePayload(entry.kind, record as never);
    if (entry.payload && !sameBytes(entry.payload, rebuilt)) return 'the rows differ from what was chained';
    return rebuilt;
  }
}

/** A row filed under an entry of another kind is in no payload, yet may count in a balance. */
function strayRows(page: VerifyPage, used: Record<Described, Set<number>>): VerifyProblem | undefined {
  const tables: [Described, ReadonlyMap<number, unknown>][] = [
    ['transfer', page.transfers], ['account', page.accounts], ['ledger', page.ledgers],
    ['transfer_rejection', page.rejections], ['audit', page.audits], ['state_change', page.states],
    ['domain_record', page.records],
  ];
  let first: { table: Described; seq: number } | undefined;
  for (const [table, rows] of tables) {
    for (const seq of rows.keys()) {
      if (!used[table].has(seq) && (!first || seq < first.seq)) first = { table, seq };
    }
  }
  return first && { kind: 'payload', seq: first.seq, message: `entry ${first.seq} has ${first.table} rows it does not chain` };
}
