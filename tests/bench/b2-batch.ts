import { join } from 'node:path';
import { MAX_LEGS_PER_BATCH, type BatchRequest } from '../../shared/domain/ledger-types';
import { newId } from '../../shared/domain/ids';
import { BareDb, BARE_TABLE, insertSql, type BareValue } from './bare';
import { result, type BenchConfig, type BenchResult } from './config';
import { ACTOR, assertSamePragmas, bareRow, idBytes, must, openAccounts, openOurs, single } from './fixture';
import { cpuProfile, StatementProfile } from './profile';
import { alternate, median, spread, timed } from './stats';

export const LEGS = MAX_LEGS_PER_BATCH; // 1,000
const ROWS_PER_STATEMENT = 500; // what insertTransfers uses

/** A 1,000-leg batch from one funding account to `wallets` wallets round robin. */
export function bulkBatch(funding: string, wallets: readonly string[], offset = 0): BatchRequest {
  return {
    id: newId(),
    legs: Array.from({ length: LEGS }, (_, i) => single(funding, wallets[(offset + i) % wallets.length] as string, 1 + (i % 97), 'load')),
  };
}

/**
 * B2: transfers posted per second in batches of 1,000. Ours: one submitBatch with 1,000 legs
 * (validation, canonical payload and MAC, one batch_write statement: transfer rows with their
 * CHECKs, triggers and indexes, balance deltas, the journal entry that is also the outbox item). Bare: the same number of rows with the same 16 columns into a plain table,
 * as multi-row INSERTs of 500 rows, in one BEGIN IMMEDIATE … COMMIT.
 */
export async function benchB2(config: BenchConfig): Promise<BenchResult> {
  const ours = await openOurs(join(config.dir, 'b2-ours.db'), config.key);
  const bare = await BareDb.open(join(config.dir, 'b2-bare.db'), config.key);
  try {
    await assertSamePragmas(ours.db, bare);
    const { store } = ours;
    const [funding] = await openAccounts(store, 1, 'funding');
    const wallets = await openAccounts(store, config.b2.wallets, 'wallet');

    await bare.exec(BARE_TABLE);
    const insert = await bare.prepare(insertSql(ROWS_PER_STATEMENT));
    const debit = idBytes();
    const credits = wallets.map(() => idBytes());
    let seq = 0;
    const bareBatch = (): BareValue[][] => {
      const batchId = idBytes();
      seq += 1;
      const params: BareValue[][] = [];
      for (let start = 0; start < LEGS; start += ROWS_PER_STATEMENT) {
        const chunk: BareValue[] = [];
        for (let leg = start; leg < start + ROWS_PER_STATEMENT; leg += 1) {
          chunk.push(...bareRow(seq, leg, batchId, debit, credits[leg % credits.length] as Buffer));
        }
        params.push(chunk);
      }
      return params;
    };

    const runOurs = async (batches: number): Promise<number> => {
      const requests = Array.from({ length: batches }, () => bulkBatch(funding as string, wallets));
      const ms = await timed(async () => {
        for (const request of requests) must(await store.submitBatch(request, ACTOR));
      });
      return ((batches * LEGS) / ms) * 1000;
    };
    const runBare = async (batches: number): Promise<number> => {
      const all = Array.from({ length: batches }, bareBatch);
      const ms = await timed(async () => {
        for (const statements of all) {
          await bare.exec('BEGIN IMMEDIATE');
          for (const params of statements) await insert.run(params);
          await bare.exec('COMMIT');
        }
      });
      return ((batches * LEGS) / ms) * 1000;
    };

    await runOurs(config.b2.warmupBatches);
    await runBare(config.b2.warmupBatches);
    const k = config.b2.batchesPerRep;
    const reps = await alternate(config.reps, () => runOurs(k), () => runBare(k));
    const notes = [`${config.reps} reps × ${k} batches of ${LEGS} legs to ${config.b2.wallets} wallets; ours ${spread(reps.ours)}/s, bare ${spread(reps.bare)}/s`];

    if (config.profile) {
      const profile = new StatementProfile();
      const requests = Array.from({ length: 3 }, () => bulkBatch(funding as string, wallets));
      const ms = await profile.during(async () => {
        for (const request of requests) must(await store.submitBatch(request, ACTOR));
      });
      notes.push(profile.report('B2 profile: 3 × submitBatch(1,000 legs)', ms, 3));
      const more = Array.from({ length: 5 }, () => bulkBatch(funding as string, wallets));
      notes.push(await cpuProfile('B2 CPU profile of 5 × submitBatch(1,000 legs)', async () => {
        for (const request of more) must(await store.submitBatch(request, ACTOR));
      }));
    }
    return result({
      id: 'B2',
      title: 'batched posting, 1,000 legs/batch vs bare 1,000-row insert',
      ours: median(reps.ours),
      bare: median(reps.bare),
      unit: 'transfers/s',
      goal: { op: '>=', value: 0.6 },
      notes,
    });
  } finally {
    await ours.close();
    await bare.close();
  }
}
