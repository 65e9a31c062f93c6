import { createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { newId } from '../../shared/domain/ids';
import { verifyLedger } from '../../electron/main/db/verify';
import { BareDb, type BareStatement } from './bare';
import { result, type BenchConfig, type BenchResult } from './config';
import { ACTOR, checkpointOurs, must, openAccounts, openOurs, single, type Ours } from './fixture';
import { cpuProfile, StatementProfile } from './profile';
import { fmt, median, spread, timed } from './stats';

const PAGE = 4096;
const LEGS_PER_SEQ = 1024;

async function setSynchronous(ours: Ours, mode: 'OFF' | 'FULL'): Promise<void> {
  await ours.db.tx.exclusive(async (c) => {
    await c.exec(`PRAGMA synchronous = ${mode}`);
    const row = await c.getOnce('PRAGMA synchronous');
    if (Number(row ? Object.values(row)[0] : -1) !== (mode === 'OFF' ? 0 : 2)) throw new Error(`synchronous is not ${mode}`);
  });
}

type Row = Record<string, unknown>;

/** Every column's bytes, as they came from the driver: what the bare chain hashes. */
function feed(hmac: ReturnType<typeof createHmac>, row: Row): void {
  for (const value of Object.values(row)) {
    if (value instanceof Uint8Array) hmac.update(value);
    else if (value !== null && value !== undefined) hmac.update(String(value));
  }
}

/**
 * The physical work of a verify, bare: a keyset scan of the same journal and transfer rows in
 * pages of the same size, through the same driver on the same file, and one HMAC-SHA256 per entry
 * over the bytes of its row and its transfer rows, chained. No decoding, no rebuilding, no checks.
 */
async function bareVerify(journal: BareStatement, transfers: BareStatement, key: Buffer): Promise<number> {
  let prev = Buffer.alloc(32);
  let after = 0;
  let count = 0;
  for (;;) {
    const entries = await journal.all([after, PAGE]);
    const last = entries[entries.length - 1];
    if (!last) break;
    const lastSeq = Number(last['seq']);
    const rows = await transfers.all([(after + 1) * LEGS_PER_SEQ, lastSeq * LEGS_PER_SEQ + LEGS_PER_SEQ - 1]);
    let t = 0;
    for (const entry of entries) {
      const seq = Number(entry['seq']);
      const hmac = createHmac('sha256', key).update(prev);
      feed(hmac, entry);
      while (t < rows.length && Math.floor(Number(rows[t]?.['key']) / LEGS_PER_SEQ) === seq) feed(hmac, rows[t++] as Row);
      prev = hmac.digest();
      count += 1;
    }
    after = lastSeq;
  }
  return count;
}

/**
 * B4: verify a chain of `entries` journal entries. Ours: verifyLedger (keyset pages of the journal
 * and of every table its entries describe, each payload rebuilt from its rows, every MAC
 * recomputed, the balance fold compared with every account). Bare: the same scan of the journal
 * and transfer rows with one HMAC per entry over their bytes (docs/ledger.md §9). Entries are single-leg
 * batches, built by group commit (1,000 batches a transaction; setup only).
 */
export async function benchB4(config: BenchConfig): Promise<BenchResult> {
  const file = join(config.dir, 'b4-ours.db');
  const ours = await openOurs(file, config.key);
  let bare: BareDb | undefined;
  try {
    const { store } = ours;
    const [funding] = await openAccounts(store, 1, 'funding');
    const [wallet] = await openAccounts(store, 1, 'wallet');
    const head = async () => Number((await ours.db.tx.read((tx) => tx.get('SELECT max(seq) AS n FROM journal')))?.['n']);
    const toBuild = config.b4.entries - (await head());
    await setSynchronous(ours, 'OFF');
    const buildMs = await timed(async () => {
      let lastLog = performance.now();
      for (let done = 0; done < toBuild;) {
        const n = Math.min(config.b4.window, toBuild - done);
        const group = Array.from({ length: n }, () => ({ id: newId(), legs: [single(funding as string, wallet as string, 1, 'load')] }));
        for (const outcome of await store.submitBatchGroup(group, ACTOR)) must(outcome);
        done += n;
        if (performance.now() - lastLog > 30_000) {
          lastLog = performance.now();
          config.log(`  B4 build: ${done}/${toBuild} batches`);
        }
      }
      await checkpointOurs(ours.db);
    });
    await setSynchronous(ours, 'FULL');
    const entries = await head();
    config.log(`  B4 built ${entries} journal entries in ${fmt(buildMs / 1000)} s (${fmt((toBuild / buildMs) * 1000)} batches/s)`);

    bare = await BareDb.open(file, config.key);
    const journal = await bare.prepare(
      `SELECT seq, kind, ref_id, actor_id, request_hash, device_ts_ms, payload, prev_mac, mac
       FROM journal WHERE seq > ? ORDER BY seq LIMIT ?`);
    const transfers = await bare.prepare(
      `SELECT key, id, kind, ledger_id, debit_account_id, credit_account_id, amount, code, pending_id, expires_at_ms, memo
       FROM transfer WHERE key BETWEEN ? AND ? ORDER BY key`);
    const hmacKey = randomBytes(32);
    const runBare = async (): Promise<number> => {
      let scanned = 0;
      const ms = await timed(async () => {
        scanned = await bareVerify(journal, transfers, hmacKey);
      });
      if (scanned !== entries) throw new Error(`bare scan saw ${scanned} entries, expected ${entries}`);
      return ms;
    };
    const runOurs = async (): Promise<number> => {
      let report: Awaited<ReturnType<typeof verifyLedger>> | undefined;
      const ms = await timed(async () => {
        report = await verifyLedger(ours.db, ours.mac);
      });
      if (!report?.ok || report.entriesVerified !== entries) {
        throw new Error(`bench ledger does not verify: ${JSON.stringify(report?.problems.slice(0, 3))}`);
      }
      return ms;
    };

    await runOurs();
    await runBare();
    const oursMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < config.b4.reps; i += 1) {
      oursMs.push(await runOurs());
      bareMs.push(await runBare());
    }
    const notes = [
      `${entries} entries; built in ${fmt(buildMs / 1000)} s; ${config.b4.reps} reps; ours ${spread(oursMs.map((m) => m / 1000))} s, bare ${spread(bareMs.map((m) => m / 1000))} s`,
    ];
    if (config.profile) notes.push(await profileVerify(ours, entries));
    return result({
      id: 'B4',
      title: `chain verify of ${fmt(entries)} entries vs bare keyset scan + HMAC`,
      ours: median(oursMs) / 1000,
      bare: median(bareMs) / 1000,
      unit: 's/verify',
      goal: { op: '<=', value: 1.5 },
      notes,
    });
  } finally {
    await bare?.close();
    await ours.close();
  }
}

/**
 * Where verify's time goes: driver time per statement (one full verify under the statement
 * profile), then the JavaScript of another full verify under the V8 sampling profiler.
 */
async function profileVerify(ours: Ours, entries: number): Promise<string> {
  const profile = new StatementProfile();
  const wall = await profile.during(async () => {
    await verifyLedger(ours.db, ours.mac);
  });
  const statements = profile.report('B4 profile: one verifyLedger, per entry', wall, entries);
  const cpu = await cpuProfile('B4 CPU profile of one verifyLedger', async () => {
    await verifyLedger(ours.db, ours.mac);
  });
  return `${statements}\n${cpu}`;
}
