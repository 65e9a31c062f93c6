import { join } from 'node:path';
import { ACCOUNT_FLAGS, type BatchRequest } from '../../shared/domain/ledger-types';
import { newId } from '../../shared/domain/ids';
import { AMOUNT_MINOR_MAX } from '../../shared/domain/limits';
import { BareDb, BARE_TABLE, insertSql } from './bare';
import { result, type BenchConfig, type BenchResult } from './config';
import { ACTOR, assertSamePragmas, bareRow, idBytes, must, openAccounts, openOurs, single } from './fixture';
import { StatementProfile } from './profile';
import { alternate, fmt, median, spread, timed } from './stats';

/**
 * B1: durable sales per second. Ours: the submitBatch use case with two linked single transfers
 * (wallet → till, till → fees): one INSERT into the batch_write view whose trigger writes the
 * journal entry (which is also the outbox item), both transfers and the balance deltas, in one
 * BEGIN IMMEDIATE … COMMIT with synchronous=FULL. Bare: BEGIN IMMEDIATE; one-row INSERT; COMMIT.
 * One at a time, awaited.
 */
export async function benchB1(config: BenchConfig): Promise<BenchResult> {
  const ours = await openOurs(join(config.dir, 'b1-ours.db'), config.key);
  const bare = await BareDb.open(join(config.dir, 'b1-bare.db'), config.key);
  try {
    await assertSamePragmas(ours.db, bare);
    const { store } = ours;
    const [funding, wallet, till, fees] = await Promise.all([
      openAccounts(store, 1, 'funding'),
      openAccounts(store, 1, 'wallet', ACCOUNT_FLAGS.debitsMustNotExceedCredits),
      openAccounts(store, 1, 'till'),
      openAccounts(store, 1, 'fees'),
    ]).then((lists) => lists.map((l) => l[0] as string));
    must(await store.submitBatch({ id: newId(), legs: [single(funding as string, wallet as string, AMOUNT_MINOR_MAX, 'topup')] }, ACTOR));
    const sale = (): BatchRequest => ({
      id: newId(),
      legs: [single(wallet as string, till as string, 1000), single(till as string, fees as string, 10, 'fee')],
    });

    await bare.exec(BARE_TABLE);
    const insert = await bare.prepare(insertSql(1));
    const batchId = idBytes();
    const [debit, credit] = [idBytes(), idBytes()];
    let seq = 0;

    const runOurs = async (n: number): Promise<number> => {
      const requests = Array.from({ length: n }, sale);
      const ms = await timed(async () => {
        for (const request of requests) must(await store.submitBatch(request, ACTOR));
      });
      return (n / ms) * 1000;
    };
    const runBare = async (n: number): Promise<number> => {
      const rows = Array.from({ length: n }, () => bareRow((seq += 1), 0, batchId, debit, credit));
      const ms = await timed(async () => {
        for (const row of rows) {
          await bare.exec('BEGIN IMMEDIATE');
          await insert.run(row);
          await bare.exec('COMMIT');
        }
      });
      return (n / ms) * 1000;
    };

    await runOurs(config.b1.warmup);
    await runBare(config.b1.warmup);
    const n = config.b1.commitsPerRep;
    const reps = await alternate(config.reps, () => runOurs(n), () => runBare(n));
    const notes = [`${config.reps} reps × ${n} commits each; ours ${spread(reps.ours)}/s, bare ${spread(reps.bare)}/s`];

    if (config.profile) {
      const profile = new StatementProfile();
      const requests = Array.from({ length: 200 }, sale);
      const ms = await profile.during(async () => {
        for (const request of requests) must(await store.submitBatch(request, ACTOR));
      });
      notes.push(profile.report('B1 profile: 200 × submitBatch', ms, 200));

      const bareSteps = { begin: 0, insert: 0, commit: 0 };
      const rows = Array.from({ length: 200 }, () => bareRow((seq += 1), 0, batchId, debit, credit));
      for (const row of rows) {
        let t = performance.now();
        await bare.exec('BEGIN IMMEDIATE');
        bareSteps.begin += performance.now() - t;
        t = performance.now();
        await insert.run(row);
        bareSteps.insert += performance.now() - t;
        t = performance.now();
        await bare.exec('COMMIT');
        bareSteps.commit += performance.now() - t;
      }
      const us = (ms: number) => `${fmt((ms * 1000) / rows.length)} µs`;
      notes.push(`B1 bare per txn: BEGIN IMMEDIATE ${us(bareSteps.begin)}, INSERT ${us(bareSteps.insert)}, COMMIT ${us(bareSteps.commit)}`);

      // WAL frames (pages) written per commit: 40 commits stay below the 1,000-frame autocheckpoint.
      const framesOf = (row: Record<string, unknown> | undefined) => Number(row?.['log']);
      await ours.db.tx.exclusive((c) => c.exec('PRAGMA wal_checkpoint(TRUNCATE)'));
      for (const request of Array.from({ length: 40 }, sale)) must(await store.submitBatch(request, ACTOR));
      const oursFrames = framesOf(await ours.db.tx.exclusive((c) => c.getOnce('PRAGMA wal_checkpoint(PASSIVE)'))) / 40;
      await bare.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      for (const row of Array.from({ length: 40 }, () => bareRow((seq += 1), 0, batchId, debit, credit))) {
        await bare.exec('BEGIN IMMEDIATE');
        await insert.run(row);
        await bare.exec('COMMIT');
      }
      const bareFrames = framesOf((await bare.all('PRAGMA wal_checkpoint(PASSIVE)'))[0]) / 40;
      notes.push(`B1 WAL pages written per commit: ours ${fmt(oursFrames)}, bare ${fmt(bareFrames)} (4 KiB each, all fsynced at COMMIT)`);
    }
    return result({
      id: 'B1',
      title: 'durable sale (2 legs + journal/outbox entry) vs bare 1-row txn',
      ours: median(reps.ours),
      bare: median(reps.bare),
      unit: 'commits/s',
      goal: { op: '>=', value: 0.5 },
      notes,
    });
  } finally {
    await ours.close();
    await bare.close();
  }
}

