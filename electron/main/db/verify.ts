import { bytesToUuid } from '../../../shared/domain/ids';
import { batchPayload, rejectionPayload } from '../core/ledger/canonical-batch';
import type { ChainMac } from './chain-mac';
import type { Database } from './connection';
import type { Row } from './driver';
import { readChainHead } from './repositories/journal.repo';
import { transferFromRow } from './repositories/ledger-rows';
import { readBytes, readInt, readText } from './sql-value';
import type { ReadTx } from './tx';
import { META_KEYS, readMetaIn } from './repositories/meta.repo';

export type VerifyProblem = {
  readonly kind: 'gap' | 'prev_mac' | 'mac' | 'payload' | 'head' | 'genesis' | 'balance' | 'unbalanced_ledger';
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

const CHUNK_ROWS = 5000;

/**
 * Walks the chain from genesis: every seq present and consecutive, every prev_mac the previous
 * mac, every mac recomputed with the chain key, every batch payload rebuilt from its transfer
 * rows; then the head row, every cached balance against the fold of its transfers, and debits =
 * credits per ledger. Each chunk is its own read so the till keeps working during a long verify.
 */
export async function verifyLedger(
  db: Database,
  mac: ChainMac,
  onProgress?: VerifyProgress,
): Promise<VerifyReport> {
  const start = await db.tx.read(async (tx) => ({
    head: await readChainHead(tx),
    terminalId: await readMetaIn(tx, META_KEYS.terminalId),
  }));
  const headSeq = start.head?.lastSeq ?? 0;
  const problems: VerifyProblem[] = [];
  if (!start.head || typeof start.terminalId !== 'string') {
    return { ok: false, entriesVerified: 0, headSeq, firstBadSeq: 1, problems: [{ kind: 'genesis', message: 'chain has no genesis' }] };
  }
  let prevMac = mac.genesis(start.terminalId);
  let expected = 1;
  let broken = false;
  while (!broken) {
    const chunk = await db.tx.read((tx) => readChunk(tx, expected - 1));
    if (chunk.entries.length === 0) break;
    for (const entry of chunk.entries) {
      const problem = checkEntry(entry, expected, prevMac, mac, chunk.transfers);
      if (problem) {
        problems.push(problem);
        broken = true;
        break;
      }
      prevMac = readBytes(entry, 'mac');
      expected += 1;
    }
    onProgress?.(expected - 1, headSeq);
  }
  const verified = expected - 1;
  if (!broken && (verified !== headSeq || !Buffer.from(prevMac).equals(start.head.headMac))) {
    problems.push({ kind: 'head', seq: verified + 1, message: `chain head says ${headSeq}, rows end at ${verified}` });
  }
  problems.push(...(await db.tx.read(balanceProblems)));
  const firstBad = problems.find((p) => p.seq !== undefined)?.seq ?? null;
  return { ok: problems.length === 0, entriesVerified: verified, headSeq, firstBadSeq: firstBad, problems };
}

type Chunk = { entries: Row[]; transfers: Map<number, Row[]> };

/**
 * The payload's fields plus the columns each transfer row repeats from its batch header and the
 * journal row repeats from its batch: those are not in the rebuilt payload, so they are compared
 * with the batch row, whose values the payload does bind.
 */
const VERIFY_TRANSFER_SELECT = `SELECT t.id, t.leg, t.kind, l.currency, t.debit_account_id, t.credit_account_id,
  t.amount, t.code, t.pending_id, t.expires_at_ms, t.memo, t.seq, t.batch_id AS row_batch_id,
  t.staff_id AS row_staff_id, t.terminal_id AS row_terminal_id, t.created_at_ms AS row_created_at_ms
  FROM transfer t JOIN ledger l ON l.id = t.ledger_id`;

async function readChunk(tx: ReadTx, afterSeq: number): Promise<Chunk> {
  const entries = await tx.all(
    `SELECT j.seq, j.kind, j.ref_id, j.device_ts_ms, j.payload, j.prev_mac, j.mac, b.staff_id, b.terminal_id,
       b.created_at_ms, b.id AS batch_id, b.request_hash, b.seq AS batch_seq,
       r.id AS rejection_id, r.request_hash AS rejection_hash, r.code AS rejection_code,
       r.message AS rejection_message, r.staff_id AS rejection_staff_id, r.created_at_ms AS rejection_at_ms
     FROM journal j LEFT JOIN batch b ON b.id = j.ref_id AND j.kind = 'ledger.batch'
     LEFT JOIN transfer_rejection r ON r.seq = j.seq AND j.kind = 'ledger.rejection'
     WHERE j.seq > ? ORDER BY j.seq LIMIT ${CHUNK_ROWS}`,
    [afterSeq],
  );
  const transfers = new Map<number, Row[]>();
  const last = entries[entries.length - 1];
  if (!last) return { entries, transfers };
  const rows = await tx.all(`${VERIFY_TRANSFER_SELECT} WHERE t.seq > ? AND t.seq <= ? ORDER BY t.seq, t.leg`, [
    afterSeq,
    readInt(last, 'seq'),
  ]);
  for (const row of rows) {
    const seq = readInt(row, 'seq');
    const list = transfers.get(seq);
    if (list) list.push(row);
    else transfers.set(seq, [row]);
  }
  return { entries, transfers };
}

function checkEntry(
  entry: Row,
  expected: number,
  prevMac: Uint8Array,
  mac: ChainMac,
  transfers: ReadonlyMap<number, Row[]>,
): VerifyProblem | undefined {
  const seq = readInt(entry, 'seq');
  if (seq !== expected) return { kind: 'gap', seq: expected, message: `entry ${expected} is missing` };
  const storedPrev = readBytes(entry, 'prev_mac');
  if (!Buffer.from(storedPrev).equals(prevMac)) {
    return { kind: 'prev_mac', seq, message: `entry ${seq} does not link to entry ${seq - 1}` };
  }
  const kind = readText(entry, 'kind');
  const payload = readBytes(entry, 'payload');
  const rows = transfers.get(seq) ?? [];
  if (kind === 'ledger.batch') {
    const rebuilt = rebuildBatchPayload(entry, rows);
    if (!rebuilt || !Buffer.from(rebuilt).equals(payload) || !repeatsBatchHeader(entry, rows)) {
      return { kind: 'payload', seq, message: `transfers of entry ${seq} differ from what was chained` };
    }
  } else if (kind === 'ledger.rejection') {
    const rebuilt = rebuildRejectionPayload(entry);
    if (!rebuilt || !Buffer.from(rebuilt).equals(payload)) {
      return { kind: 'payload', seq, message: `the recorded decline of entry ${seq} differs from what was chained` };
    }
  }
  if (kind !== 'ledger.batch' && rows.length > 0) {
    // A transfer filed under a non-batch entry is in no payload, yet counts in every balance.
    return { kind: 'payload', seq, message: `entry ${seq} (${kind}) has transfers it does not chain` };
  }
  const refId = entry['ref_id'];
  const recomputed = mac.next({
    seq, kind, payload, prevMac,
    refId: refId instanceof Uint8Array ? refId : null,
    deviceTsMs: readInt(entry, 'device_ts_ms'),
  });
  if (!Buffer.from(recomputed).equals(readBytes(entry, 'mac'))) {
    return { kind: 'mac', seq, message: `entry ${seq} does not match its MAC` };
  }
  return undefined;
}

function repeatsBatchHeader(entry: Row, rows: readonly Row[]): boolean {
  const batchId = entry['batch_id'];
  const createdAtMs = entry['created_at_ms'];
  const sameBytes = (value: unknown): boolean =>
    value instanceof Uint8Array && batchId instanceof Uint8Array && Buffer.from(value).equals(batchId);
  return sameBytes(entry['ref_id']) && entry['device_ts_ms'] === createdAtMs &&
    entry['batch_seq'] === entry['seq'] && rows.every((row) =>
    sameBytes(row['row_batch_id']) && row['row_staff_id'] === entry['staff_id'] &&
    row['row_terminal_id'] === entry['terminal_id'] && row['row_created_at_ms'] === createdAtMs);
}

function rebuildBatchPayload(entry: Row, rows: readonly Row[]): Uint8Array | undefined {
  const batchId = entry['batch_id'];
  if (!(batchId instanceof Uint8Array)) return undefined;
  return batchPayload(
    {
      batchId: bytesToUuid(batchId),
      staffId: readText(entry, 'staff_id'),
      terminalId: readText(entry, 'terminal_id'),
      createdAtMs: readInt(entry, 'created_at_ms'),
      requestHash: readBytes(entry, 'request_hash'),
    },
    rows.map(transferFromRow),
  );
}

function rebuildRejectionPayload(entry: Row): Uint8Array | undefined {
  const id = entry['rejection_id'];
  if (!(id instanceof Uint8Array)) return undefined;
  return rejectionPayload({
    batchId: bytesToUuid(id),
    requestHash: readBytes(entry, 'rejection_hash'),
    code: readText(entry, 'rejection_code'),
    message: readText(entry, 'rejection_message'),
    staffId: readText(entry, 'rejection_staff_id'),
    createdAtMs: readInt(entry, 'rejection_at_ms'),
  });
}

/**
 * Cached balances against the fold of the transfers: a hold adds to pending; post, void and
 * expire take the whole held amount back out of pending; single and post add to posted.
 */
const FOLD = `
WITH legs AS (
  SELECT t.debit_account_id AS account_id,
    CASE t.kind WHEN 'pending' THEN t.amount WHEN 'single' THEN 0 ELSE -p.amount END AS dpend,
    CASE WHEN t.kind IN ('single', 'post') THEN t.amount ELSE 0 END AS dpost, 0 AS cpend, 0 AS cpost
  FROM transfer t LEFT JOIN transfer p ON p.id = t.pending_id
  UNION ALL
  SELECT t.credit_account_id, 0, 0,
    CASE t.kind WHEN 'pending' THEN t.amount WHEN 'single' THEN 0 ELSE -p.amount END,
    CASE WHEN t.kind IN ('single', 'post') THEN t.amount ELSE 0 END
  FROM transfer t LEFT JOIN transfer p ON p.id = t.pending_id
), folded AS (
  SELECT account_id, sum(dpend) AS dpend, sum(dpost) AS dpost, sum(cpend) AS cpend, sum(cpost) AS cpost
  FROM legs GROUP BY account_id
)
SELECT a.id FROM account a LEFT JOIN folded f ON f.account_id = a.id
WHERE a.debits_pending <> coalesce(f.dpend, 0) OR a.debits_posted <> coalesce(f.dpost, 0)
   OR a.credits_pending <> coalesce(f.cpend, 0) OR a.credits_posted <> coalesce(f.cpost, 0)`;

const LEDGER_SUMS = `
SELECT l.currency FROM ledger l JOIN account a ON a.ledger_id = l.id GROUP BY l.id
HAVING sum(a.debits_posted) <> sum(a.credits_posted) OR sum(a.debits_pending) <> sum(a.credits_pending)`;

async function balanceProblems(tx: ReadTx): Promise<VerifyProblem[]> {
  const problems: VerifyProblem[] = [];
  // With foreign keys off, a transfer can point at a seq the journal does not have.
  const orphan = await tx.get('SELECT t.seq FROM transfer t WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.seq = t.seq) ORDER BY t.seq LIMIT 1');
  if (orphan) {
    const seq = readInt(orphan, 'seq');
    problems.push({ kind: 'payload', seq, message: `transfers under seq ${seq}, which the journal does not have` });
  }
  for (const row of await tx.all(FOLD)) {
    const accountId = bytesToUuid(readBytes(row, 'id'));
    problems.push({ kind: 'balance', accountId, message: `account ${accountId}: balance differs from its transfers` });
  }
  for (const row of await tx.all(LEDGER_SUMS)) {
    const currency = readText(row, 'currency');
    problems.push({ kind: 'unbalanced_ledger', currency, message: `${currency} ledger: debits differ from credits` });
  }
  return problems;
}
