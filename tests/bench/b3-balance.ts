import { join } from 'node:path';
import { BareDb, BARE_TABLE, insertSql, type BareValue } from './bare';
import { LEGS, bulkBatch } from './b2-batch';
import { result, type BenchConfig, type BenchResult } from './config';
import { ACTOR, assertSamePragmas, bareRow, checkpointOurs, idBytes, must, openAccounts, openOurs } from './fixture';
import { StatementProfile } from './profile';
import { alternate, fmt, median, spread, timed } from './stats';

const BARE_BUILD_ROWS_PER_STATEMENT = 500;
const BARE_BUILD_ROWS_PER_TX = 50_000;

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

/**
 * B3: balance read latency with `transfers` transfers in the ledger. Ours: the accountBalance use case
 * (a queued read transaction: BEGIN, SELECT account JOIN ledger by primary key, ROLLBACK). Bare:
 * one prepared primary-key SELECT on a plain table holding as many rows.
 */
export async function benchB3(config: BenchConfig): Promise<BenchResult> {
  const { transfers, accounts } = config.b3;
  const ours = await openOurs(join(config.dir, 'b3-ours.db'), config.key);
  const bare = await BareDb.open(join(config.dir, 'b3-bare.db'), config.key);
  try {
    await assertSamePragmas(ours.db, bare);
    const { store } = ours;
    const [funding] = await openAccounts(store, 1, 'funding');
    const wallets = await openAccounts(store, accounts - 1, 'wallet');
    const readable = [funding as string, ...wallets];

    const batches = Math.ceil(transfers / LEGS);
    const oursBuildMs = await timed(async () => {
      for (let b = 0; b < batches; b += 1) {
        must(await store.submitBatch(bulkBatch(funding as string, wallets, b * LEGS), ACTOR));
        if ((b + 1) % 100 === 0) config.log(`  B3 build (ours): ${(b + 1) * LEGS} transfers`);
      }
      await checkpointOurs(ours.db);
    });

    await bare.exec(BARE_TABLE);
    const insert = await bare.prepare(insertSql(BARE_BUILD_ROWS_PER_STATEMENT));
    const sample: Buffer[] = [];
    const bareBuildMs = await timed(async () => {
      const [debit, credit, batchId] = [idBytes(), idBytes(), idBytes()];
      for (let done = 0; done < batches * LEGS;) {
        await bare.exec('BEGIN IMMEDIATE');
        for (let inTx = 0; inTx < BARE_BUILD_ROWS_PER_TX && done < batches * LEGS; inTx += BARE_BUILD_ROWS_PER_STATEMENT) {
          const params: BareValue[] = [];
          for (let i = 0; i < BARE_BUILD_ROWS_PER_STATEMENT; i += 1, done += 1) {
            const row = bareRow(Math.floor(done / LEGS) + 1, done % LEGS, batchId, debit, credit);
            if (done % 97 === 0 && sample.length < 20_000) sample.push(row[0] as Buffer);
            params.push(...row);
          }
          await insert.run(params);
        }
        await bare.exec('COMMIT');
      }
      await bare.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    });
    const counted = await bare.all('SELECT count(*) AS n FROM bare_transfer');
    const oursCount = await ours.db.tx.read((tx) => tx.get('SELECT count(*) AS n FROM transfer'));
    config.log(`  B3 built: ours ${String(oursCount?.['n'])} transfers in ${fmt(oursBuildMs / 1000)} s, bare ${String(counted[0]?.['n'])} rows in ${fmt(bareBuildMs / 1000)} s`);

    const select = await bare.prepare(
      'SELECT seq, amount, debit_account_id, credit_account_id, code FROM bare_transfer WHERE id = ?',
    );
    const runOurs = async (reads: number): Promise<number> => {
      const ids = Array.from({ length: reads }, () => pick(readable));
      const ms = await timed(async () => {
        for (const id of ids) must(await store.balance(id));
      });
      return (ms * 1000) / reads;
    };
    const runBare = async (reads: number): Promise<number> => {
      const ids = Array.from({ length: reads }, () => pick(sample));
      const ms = await timed(async () => {
        for (const id of ids) {
          if (!(await select.get([id]))) throw new Error('bare row missing');
        }
      });
      return (ms * 1000) / reads;
    };

    await runOurs(config.b3.warmup);
    await runBare(config.b3.warmup);
    const n = config.b3.readsPerRep;
    const reps = await alternate(config.reps, () => runOurs(n), () => runBare(n));
    const notes = [
      `${String(oursCount?.['n'])} transfers (built in ${fmt(oursBuildMs / 1000)} s via ${batches} × submitBatch(1,000)); bare table ${String(counted[0]?.['n'])} rows (${fmt(bareBuildMs / 1000)} s)`,
      `${config.reps} reps × ${n} sequential reads over ${accounts} accounts; ours ${spread(reps.ours)} µs, bare ${spread(reps.bare)} µs`,
    ];
    if (config.profile) {
      const profile = new StatementProfile();
      const ids = Array.from({ length: 2000 }, () => pick(readable));
      const ms = await profile.during(async () => {
        for (const id of ids) must(await store.balance(id));
      });
      notes.push(profile.report('B3 profile: 2,000 × balance', ms, 2000));
    }
    return result({
      id: 'B3',
      title: `balance read at ${fmt(batches * LEGS)} transfers vs bare PK select`,
      ours: median(reps.ours),
      bare: median(reps.bare),
      unit: 'µs/read',
      goal: { op: '<=', value: 2 },
      notes,
    });
  } finally {
    await ours.close();
    await bare.close();
  }
}
