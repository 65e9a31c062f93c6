import { createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { readBytes, readInt } from '../../electron/main/db/sql-value';
import { newId } from '../../shared/domain/ids';
import { verifyLedger } from '../../electron/main/db/verify';
import { result, type BenchConfig, type BenchResult } from './config';
import { ACTOR, checkpointOurs, must, openAccounts, openOurs, single, type Ours } from './fixture';
import { cpuProfile, StatementProfile } from './profile';
import { fmt, median, spread, timed } from './stats';

async function setSynchronous(ours: Ours, mode: 'OFF' | 'FULL'): Promise<void> {
  await ours.db.tx.exclusive(async (c) => {
    await c.exec(`PRAGMA synchronous = ${mode}`);
    const row = await c.getOnce('PRAGMA synchronous');
    if (Number(row ? Object.values(row)[0] : -1) !== (mode === 'OFF' ? 0 : 2)) throw new Error(`synchronous is not ${mode}`);
  });
}

/** Journal payloads held in memory as one buffer and offsets: the bare loop's input. */
type Payloads = { bytes: Buffer; offsets: Uint32Array; count: number };

async function loadPayloads(ours: Ours): Promise<Payloads> {
  const chunks: Buffer[] = [];
  const lengths: number[] = [];
  for (let after = 0; ;) {
    const rows = await ours.db.tx.read((tx) =>
      tx.all('SELECT seq, payload FROM journal WHERE seq > ? ORDER BY seq LIMIT 50000', [after]));
    if (rows.length === 0) break;
    const buffers = rows.map((r) => Buffer.from(readBytes(r, 'payload')));
    for (const b of buffers) lengths.push(b.length);
    chunks.push(Buffer.concat(buffers));
    after = readInt(rows[rows.length - 1] as Record<string, unknown>, 'seq');
  }
  const offsets = new Uint32Array(lengths.length + 1);
  lengths.forEach((length, i) => (offsets[i + 1] = (offsets[i] as number) + length));
  return { bytes: Buffer.concat(chunks), offsets, count: lengths.length };
}

/** The bare chain: mac_i = HMAC-SHA256(key, mac_{i-1} ‖ payload_i) over the in-memory payloads. */
function bareChain(key: Buffer, payloads: Payloads): Buffer {
  let prev = Buffer.alloc(32);
  const { bytes, offsets, count } = payloads;
  for (let i = 0; i < count; i += 1) {
    prev = createHmac('sha256', key).update(prev).update(bytes.subarray(offsets[i], offsets[i + 1])).digest();
  }
  return prev;
}

/**
 * B4: verify a chain of `entries` journal entries. Ours: verifyLedger (reads every entry and its
 * transfers, rebuilds each batch payload from the rows, recomputes every MAC, then folds all
 * transfers against the cached balances). Bare: an HMAC-SHA256 chain over the same payload bytes,
 * already in memory. Entries are single-leg batches (one journal entry per batch), submitted
 * `window` at a time; the queue serialises them, so building is one durable commit per entry.
 */
export async function benchB4(config: BenchConfig): Promise<BenchResult> {
  const ours = await openOurs(join(config.dir, 'b4-ours.db'), config.key);
  try {
    const { store } = ours;
    const [funding] = await openAccounts(store, 1, 'funding');
    const [wallet] = await openAccounts(store, 1, 'wallet');
    const head = async () => Number((await ours.db.tx.read((tx) => tx.get('SELECT last_seq FROM chain_state')))?.['last_seq']);
    const toBuild = config.b4.entries - (await head());
    const window = config.b4.window;
    // Setup only: building is one durable commit per entry, and fsync would make a 1M-entry
    // chain take half an hour. Verify (the measured part) only reads; FULL is back before it.
    await setSynchronous(ours, 'OFF');
    const buildMs = await timed(async () => {
      let lastLog = performance.now();
      for (let done = 0; done < toBuild;) {
        const n = Math.min(window, toBuild - done);
        await Promise.all(Array.from({ length: n }, () =>
          store.submitBatch({ id: newId(), legs: [single(funding as string, wallet as string, 1, 'load')] }, ACTOR).then(must)));
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
    const payloads = await loadPayloads(ours);
    if (payloads.count !== entries) throw new Error(`loaded ${payloads.count} payloads, expected ${entries}`);
    const hmacKey = randomBytes(32);
    const runBare = async (): Promise<number> => timed(async () => {
      bareChain(hmacKey, payloads);
    });

    await runOurs();
    await runBare();
    const oursMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < config.b4.reps; i += 1) {
      oursMs.push(await runOurs());
      bareMs.push(await runBare());
    }
    const notes = [
      `${entries} entries (${fmt(payloads.bytes.length / entries)} B payload avg); built in ${fmt(buildMs / 1000)} s; ${config.b4.reps} reps; ours ${spread(oursMs.map((m) => m / 1000))} s, bare ${spread(bareMs.map((m) => m / 1000))} s`,
    ];
    if (config.profile) notes.push(await profileVerify(ours, entries));
    return result({
      id: 'B4',
      title: `chain verify of ${fmt(entries)} entries vs bare HMAC loop`,
      ours: median(oursMs) / 1000,
      bare: median(bareMs) / 1000,
      unit: 's/verify',
      goal: { op: '<=', value: 2 },
      notes,
    });
  } finally {
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
