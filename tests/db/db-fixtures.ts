import { readdirSync, readlinkSync } from 'node:fs';
import { keyPragma } from '../../electron/main/db/connection';
import { initLedgerDatabase, dataDirPaths, type OpenDataDir } from '../../electron/main/db/data-dir';
import { SqlConnection } from '../../electron/main/db/driver';
import type { DataKeys } from '../../electron/main/db/key-provider';
import { createKeyFile, type KdfParams } from '../../electron/main/db/passphrase-key-wrap';
import { openLedgerBook, type LedgerBook } from '../../electron/main/app/ledger/ledger-book';
import { newId } from '../../shared/domain/ids';
import { ACCOUNT_FLAGS, type AccountBalance } from '../../shared/domain/ledger-types';
import { FixedClock, tempDir, TEST_ACTOR } from '../support/test-db';

/** Small scrypt cost for tests only, always passed explicitly (docs/security.md §5.4). */
export const TEST_KDF: KdfParams = { N: 2 ** 12, r: 8, p: 1 };
export const PASSPHRASE = 'correct horse battery staple';

export type SeededAccounts = { cash: string; wallet: string; revenue: string };

/** A file-backed data directory: key file (test KDF) plus an initialised ledger database. */
export type TestDataDir = {
  dir: string;
  paths: ReturnType<typeof dataDirPaths>;
  keys: DataKeys;
  ledger: OpenDataDir & { store: LedgerBook };
  clock: FixedClock;
  cleanup: () => Promise<void>;
};

export async function createDataDir(): Promise<TestDataDir> {
  const { dir, cleanup } = tempDir('tillbook-db-');
  const paths = dataDirPaths(dir);
  const created = await createKeyFile(paths.keyFile, PASSPHRASE, TEST_KDF);
  if (!created.ok) throw new Error(`key file: ${created.error.code}`);
  const clock = new FixedClock();
  const opened = await initLedgerDatabase(dir, created.value);
  if (!opened.ok) throw new Error(`init: ${opened.error.code} ${opened.error.message}`);
  const store = await openLedgerBook({ ...opened.value, clock });
  const fixture: TestDataDir = {
    dir,
    paths,
    keys: created.value,
    ledger: { ...opened.value, store },
    clock,
    cleanup: async () => {
      // Closing twice only rejects (SQLITE_MISUSE); a test may have closed it already.
      await fixture.ledger.close().catch(() => undefined);
      cleanup();
    },
  };
  return fixture;
}

/** An opened data directory with the ledger's use cases bound to it, as tests use it. */
export async function withStore(opened: OpenDataDir, clock: FixedClock): Promise<OpenDataDir & { store: LedgerBook }> {
  return { ...opened, store: await openLedgerBook({ ...opened, clock }) };
}

/** EUR ledger, a cash drawer, a wallet (may not go below zero) and a revenue account. */
export async function openAccounts(store: LedgerBook): Promise<SeededAccounts> {
  const created = await store.createLedger('EUR', TEST_ACTOR);
  if (!created.ok) throw new Error(created.error.message);
  const accounts = { cash: newId(), wallet: newId(), revenue: newId() };
  const flags = { cash: ACCOUNT_FLAGS.none, wallet: ACCOUNT_FLAGS.debitsMustNotExceedCredits, revenue: ACCOUNT_FLAGS.none };
  for (const [kind, id] of Object.entries(accounts) as [keyof SeededAccounts, string][]) {
    const opened = await store.openAccount({ id, currency: 'EUR', kind, flags: flags[kind] }, TEST_ACTOR);
    if (!opened.ok) throw new Error(opened.error.message);
  }
  return accounts;
}

export type SeedOptions = {
  readonly batches: number;
  readonly legsPerBatch?: number;
  readonly memo?: string;
  /** Also place a hold and post part of it, so pending/post rows exist. */
  readonly holds?: boolean;
  readonly clock?: FixedClock;
};

/**
 * Alternating top-ups (cash → wallet) and sales (wallet → revenue); amounts vary per leg so that
 * a swapped or altered amount is visible. Returns the seq of every batch it wrote.
 */
export async function seedBatches(store: LedgerBook, accounts: SeededAccounts, options: SeedOptions): Promise<number[]> {
  const legs = options.legsPerBatch ?? 3;
  const seqs: number[] = [];
  for (let b = 0; b < options.batches; b += 1) {
    const topUp = b % 2 === 0;
    const outcome = await store.submitBatch({
      id: newId(),
      legs: Array.from({ length: legs }, (_, i) => ({
        kind: 'single' as const,
        id: newId(),
        currency: 'EUR',
        debitAccountId: topUp ? accounts.cash : accounts.wallet,
        creditAccountId: topUp ? accounts.wallet : accounts.revenue,
        amountMinor: topUp ? 1000 + b * 10 + i : 100 + i,
        code: topUp ? 'topup' : 'sale',
        ...(options.memo === undefined ? {} : { memo: `${options.memo} #${b}.${i}` }),
      })),
    }, TEST_ACTOR);
    if (!outcome.ok) throw new Error(`seed batch ${b}: ${outcome.error.code} ${outcome.error.message}`);
    seqs.push(outcome.value.seq);
    options.clock?.advance(1000);
  }
  if (options.holds) {
    const holdId = newId();
    const hold = await store.submitBatch({ id: newId(), legs: [{
      kind: 'pending', id: holdId, currency: 'EUR', debitAccountId: accounts.wallet, creditAccountId: accounts.revenue,
      amountMinor: 250, code: 'card_auth', expiresAtMs: (options.clock?.nowMs() ?? Date.now()) + 3_600_000,
    }] }, TEST_ACTOR);
    if (!hold.ok) throw new Error(`hold: ${hold.error.message}`);
    const post = await store.submitBatch({ id: newId(), legs: [{ kind: 'post', id: newId(), pendingId: holdId, amountMinor: 200 }] }, TEST_ACTOR);
    if (!post.ok) throw new Error(`post: ${post.error.message}`);
    seqs.push(hold.value.seq, post.value.seq);
  }
  return seqs;
}

export async function balances(store: LedgerBook, accounts: SeededAccounts): Promise<Record<keyof SeededAccounts, AccountBalance>> {
  const read = async (id: string): Promise<AccountBalance> => {
    const balance = await store.balance(id);
    if (!balance.ok) throw new Error(balance.error.message);
    return balance.value;
  };
  return { cash: await read(accounts.cash), wallet: await read(accounts.wallet), revenue: await read(accounts.revenue) };
}

/** A second, raw connection keyed like the app's (for tampering and inspection). */
export async function rawKeyed(file: string, key: Uint8Array): Promise<SqlConnection> {
  const connection = await SqlConnection.open(file);
  await connection.runOnce(keyPragma(key));
  await connection.exec('PRAGMA cipher_log_level = NONE');
  return connection;
}

/**
 * File descriptors this process holds on `file` (and its -wal/-shm), via /proc on Linux; on
 * other systems `undefined`, and callers fall back to behavioural checks only.
 */
export function openDescriptors(file: string): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc/self/fd');
  } catch {
    return undefined;
  }
  let count = 0;
  for (const entry of entries) {
    try {
      if (readlinkSync(`/proc/self/fd/${entry}`).startsWith(file)) count += 1;
    } catch {
      // the descriptor closed while we listed
    }
  }
  return count;
}
