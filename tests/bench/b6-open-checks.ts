import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../electron/main/db/connection';
import { OPEN_CHECK_BUDGET_MS } from '../../electron/main/db/integrity';
import { LEGS, bulkBatch } from './b2-batch';
import { result, type BenchConfig, type BenchResult } from './config';
import { ACTOR, must, openAccounts, openOurs } from './fixture';
import { fmt, median, spread, timed } from './stats';

/**
 * B6: the integrity checks every open runs (`quick_check` + `cipher_integrity_check`, both read
 * the whole file) on a ledger of `batches` × 1,000 transfers, against OPEN_CHECK_BUDGET_MS
 * (electron/main/db/integrity.ts). Ours is the median over `reps` opens of the two checks' time;
 * the "bare" column is the budget, so the ratio must stay ≤ 1. Figures only, never a test bar.
 */
export async function benchB6(config: BenchConfig): Promise<BenchResult> {
  const { batches, reps } = config.b6;
  const file = join(config.dir, 'b6-ours.db');
  const ours = await openOurs(file, config.key);
  try {
    const [funding] = await openAccounts(ours.store, 1, 'funding');
    const wallets = await openAccounts(ours.store, 100, 'wallet');
    for (let b = 0; b < batches; b += 1) must(await ours.store.submitBatch(bulkBatch(funding as string, wallets, b * LEGS), ACTOR));
  } finally {
    await ours.close();
  }
  const checkMs: number[] = [];
  const openMs: number[] = [];
  for (let i = 0; i < reps; i += 1) {
    let checks = 0;
    openMs.push(await timed(async () => {
      const opened = await openDatabase({ file, key: config.key, keyVerified: true });
      if (!opened.ok) throw new Error(`B6: open failed: ${opened.error.code} ${opened.error.message}`);
      const { integrity } = opened.value.report;
      await opened.value.close();
      if (!integrity.ok) throw new Error(`B6: integrity checks failed: ${integrity.problems.join('; ')}`);
      checks = integrity.quickCheckMs + integrity.cipherCheckMs;
    }));
    checkMs.push(checks);
  }
  return result({
    id: 'B6',
    title: `open-time integrity checks at ${(batches * LEGS).toLocaleString('en-US')} transfers vs the budget`,
    ours: median(checkMs),
    bare: OPEN_CHECK_BUDGET_MS,
    bareLabel: 'budget',
    unit: 'ms',
    goal: { op: '<=', value: 1 },
    notes: [
      `${statSync(file).size.toLocaleString('en-US')} bytes; ${reps} opens: checks ${spread(checkMs)} ms, ` +
        `whole open ${spread(openMs)} ms (median ${fmt(median(openMs))} ms)`,
    ],
  });
}
