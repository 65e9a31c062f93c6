import { expect } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { ACCOUNT_FLAGS } from '../../shared/domain/ledger-types';
import { openLedgerBook, type LedgerBook } from '../../electron/main/app/ledger/ledger-book';
import { systemClock } from '../../electron/main/core/ports';
import { dataDirPaths, openLedgerDatabase, type OpenDataDir } from '../../electron/main/db/data-dir';
import { unlockKeyFile } from '../../electron/main/db/passphrase-key-wrap';
import { TEST_ACTOR } from '../support/test-db';
import { errorLines, PASSPHRASE, type CliRun } from './run-cli';

const NO_STACK = '    at ';

export function expectOneLineFailure(run: CliRun, code: number, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stderr).not.toContain(NO_STACK);
  const lines = errorLines(run);
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^tillbook: /);
  expect(lines[0]).toMatch(pattern);
}

export async function openWithKeys(dir: string, passphrase = PASSPHRASE): Promise<OpenDataDir & { store: LedgerBook }> {
  const keys = await unlockKeyFile(dataDirPaths(dir).keyFile, passphrase);
  if (!keys.ok) throw new Error(keys.error.message);
  const opened = await openLedgerDatabase(dir, keys.value);
  if (!opened.ok) throw new Error(opened.error.message);
  return { ...opened.value, store: await openLedgerBook({ ...opened.value, clock: systemClock }) };
}

/** A EUR ledger, a till and a wallet, then `sales` batches of two linked transfers each. */
export async function populate(dir: string, sales: number): Promise<{ seqs: number[]; entries: number }> {
  const ledger = await openWithKeys(dir);
  try {
    const { store } = ledger;
    const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    must(await store.createLedger('EUR', TEST_ACTOR));
    const till = newId();
    const wallet = newId();
    const fees = newId();
    must(await store.openAccount({ id: till, currency: 'EUR', kind: 'till', flags: ACCOUNT_FLAGS.none }, TEST_ACTOR));
    must(await store.openAccount({ id: wallet, currency: 'EUR', kind: 'wallet', flags: ACCOUNT_FLAGS.none }, TEST_ACTOR));
    must(await store.openAccount({ id: fees, currency: 'EUR', kind: 'fees', flags: ACCOUNT_FLAGS.none }, TEST_ACTOR));
    const seqs: number[] = [];
    for (let i = 0; i < sales; i += 1) {
      const leg = (debit: string, credit: string, amountMinor: number) =>
        ({ kind: 'single' as const, id: newId(), currency: 'EUR', debitAccountId: debit, creditAccountId: credit, amountMinor, code: 'sale' });
      const outcome = must(await store.submitBatch({ id: newId(), legs: [leg(wallet, till, 1000 + i), leg(till, fees, 10)] }, TEST_ACTOR));
      seqs.push(outcome.seq);
    }
    return { seqs, entries: 4 + sales }; // ledger.create + 3 × account.open + one entry per batch
  } finally {
    await ledger.close();
  }
}

