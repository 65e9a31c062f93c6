import { join } from 'node:path';
import { accountStatement } from '../../electron/main/app/ledger/account-statement';
import { newId } from '../../shared/domain/ids';
import type { StatementPage } from '../../shared/domain/statement';
import { BareDb, type BareValue } from './bare';
import { LEGS } from './b2-batch';
import { result, type BenchConfig, type BenchResult } from './config';
import { ACTOR, assertSamePragmas, idBytes, must, openAccounts, openOurs, single } from './fixture';
import { fmt, median, spread } from './stats';

/** The budget of one statement page (issue 8 §6: a 10,000-entry card statement page < 20 ms). */
export const STATEMENT_PAGE_BUDGET_MS = 20;

function p99(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] as number;
}

/**
 * B8: statement pages of one card account holding `entries` movements among `entries × 10`
 * transfers of 100 accounts. Ours: the accountStatement use case walking every page newest to
 * oldest (keyset), each page a queued read transaction joining the entry index, the transfer,
 * the journal and the counter account. Bare: the same page size from a plain WITHOUT ROWID
 * table keyed (account, key) holding as many rows. The goal is the p99 page against the budget.
 */
export async function benchB8(config: BenchConfig): Promise<BenchResult> {
  const { entries, pageLines } = config.b8;
  const ours = await openOurs(join(config.dir, 'b8-ours.db'), config.key);
  const bare = await BareDb.open(join(config.dir, 'b8-bare.db'), config.key);
  try {
    await assertSamePragmas(ours.db, bare);
    const [funding] = await openAccounts(ours.store, 1, 'funding');
    const [card] = await openAccounts(ours.store, 1, 'card', 2);
    const others = await openAccounts(ours.store, 99, 'wallet', 2);
    const batches = Math.ceil((entries * 10) / LEGS);
    for (let b = 0; b < batches; b += 1) {
      const legs = Array.from({ length: LEGS }, (_, i) =>
        single(funding as string, i % 10 === 0 ? (card as string) : (others[(b + i) % others.length] as string), 1 + (i % 97), 'load'));
      must(await ours.store.submitBatch({ id: newId(), legs }, ACTOR));
    }
    const read = accountStatement({ db: ours.db });
    const oursPages: number[] = [];
    let lines = 0;
    let beforeKey: number | undefined;
    for (;;) {
      const t0 = performance.now();
      const page: StatementPage = must(await read({ accountId: card as string, limit: pageLines, beforeKey }));
      oursPages.push(performance.now() - t0);
      lines += page.lines.length;
      if (page.nextBeforeKey === null) break;
      beforeKey = page.nextBeforeKey;
    }
    if (lines !== batches * (LEGS / 10)) throw new Error(`B8: the statement has ${lines} lines, expected ${batches * (LEGS / 10)}`);

    await bare.exec('CREATE TABLE bare_entry (account_id BLOB NOT NULL, key INTEGER NOT NULL, amount INTEGER NOT NULL, code TEXT NOT NULL, PRIMARY KEY (account_id, key)) WITHOUT ROWID');
    const accounts = [idBytes(), ...Array.from({ length: 99 }, () => idBytes())];
    const insert = await bare.prepare('INSERT INTO bare_entry VALUES (?, ?, ?, ?)');
    await bare.exec('BEGIN IMMEDIATE');
    for (let k = 0; k < batches * LEGS; k += 1) {
      const params: BareValue[] = [k % 10 === 0 ? (accounts[0] as Buffer) : (accounts[1 + (k % 99)] as Buffer), k + 1024, 1 + (k % 97), 'load'];
      await insert.run(params);
    }
    await bare.exec('COMMIT');
    const page = await bare.prepare('SELECT key, amount, code FROM bare_entry WHERE account_id = ? AND key < ? ORDER BY key DESC LIMIT ?');
    const barePages: number[] = [];
    let before = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const t0 = performance.now();
      const rows = await page.all([accounts[0] as Buffer, before, pageLines]);
      barePages.push(performance.now() - t0);
      const last = rows[rows.length - 1];
      if (!last || rows.length < pageLines) break;
      before = Number(last['key']);
    }
    return result({
      id: 'B8',
      title: `statement page (${pageLines} lines) of a card with ${entries.toLocaleString('en-US')} entries, p99 vs budget`,
      ours: p99(oursPages),
      bare: STATEMENT_PAGE_BUDGET_MS,
      bareLabel: 'budget',
      unit: 'ms',
      goal: { op: '<=', value: 1 },
      notes: [
        `${oursPages.length} pages: ours median ${fmt(median(oursPages))} ms (${spread(oursPages)}), p99 ${fmt(p99(oursPages))} ms; ` +
          `bare indexed table median ${fmt(median(barePages))} ms, p99 ${fmt(p99(barePages))} ms`,
      ],
    });
  } finally {
    await ours.close();
    await bare.close();
  }
}
