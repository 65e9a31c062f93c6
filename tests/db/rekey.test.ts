import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keyPragma, openDatabase } from '../../electron/main/db/connection';
import { openLedgerDatabase } from '../../electron/main/db/data-dir';
import type { DataKeys } from '../../electron/main/db/key-provider';
import * as keyWrap from '../../electron/main/db/passphrase-key-wrap';
import type * as KeyWrapModule from '../../electron/main/db/passphrase-key-wrap';
import { readPragmas } from '../../electron/main/db/pragmas';
import { rekeyLedger } from '../../electron/main/db/rekey';
import { verifyLedger } from '../../electron/main/db/verify';
import { newId } from '../../shared/domain/ids';
import { tempDir, TEST_ACTOR } from '../support/test-db';
import { balances, createDataDir, openAccounts, PASSPHRASE, rawKeyed, seedBatches, type SeededAccounts, type TestDataDir, withStore } from './db-fixtures';

// The key-file steps stay real; a test can make one of them "crash" (throw at that point).
vi.mock('../../electron/main/db/passphrase-key-wrap', async (importOriginal) => {
  const real = await importOriginal<typeof KeyWrapModule>();
  return { ...real, recordPendingDbKey: vi.fn(real.recordPendingDbKey), promoteDbKey: vi.fn(real.promoteDbKey) };
});
const real = await vi.importActual<typeof KeyWrapModule>('../../electron/main/db/passphrase-key-wrap');

const CRASH = 'simulated crash';
const hex = (b: Uint8Array | undefined): string | undefined => (b ? Buffer.from(b).toString('hex') : undefined);

async function unlock(data: TestDataDir): Promise<DataKeys> {
  const keys = await keyWrap.unlockKeyFile(data.paths.keyFile, PASSPHRASE);
  if (!keys.ok) throw new Error(keys.error.code);
  return keys.value;
}

async function reopen(data: TestDataDir, keys: DataKeys): Promise<TestDataDir['ledger']> {
  const opened = await openLedgerDatabase(data.dir, keys);
  if (!opened.ok) throw new Error(`reopen: ${opened.error.code} ${opened.error.message}`);
  data.ledger = await withStore(opened.value, data.clock);
  return data.ledger;
}

async function opensWith(file: string, key: Uint8Array): Promise<string> {
  const opened = await openDatabase({ file, key });
  if (!opened.ok) return opened.error.code;
  await opened.value.close();
  return 'ok';
}

async function expectIntact(ledger: TestDataDir['ledger'], accounts: SeededAccounts, expected: unknown): Promise<void> {
  const report = await verifyLedger(ledger.db, ledger.mac);
  expect(report.ok, JSON.stringify(report.problems)).toBe(true);
  expect(report.entriesVerified).toBe(report.headSeq);
  expect(await balances(ledger.store, accounts)).toEqual(expected);
  const quick = await ledger.db.tx.exclusive((c) => c.allOnce('PRAGMA quick_check'));
  expect(quick).toEqual([{ quick_check: 'ok' }]);
  expect(await ledger.db.tx.exclusive((c) => c.allOnce('PRAGMA cipher_integrity_check'))).toEqual([]);
  expect((await ledger.db.tx.exclusive(readPragmas)).journalMode).toBe('wal');
}

describe('PRAGMA rekey in WAL mode (SQLCipher 4.14, raw connection)', () => {
  it('leaves the main file on the old key until a checkpoint — why rekey.ts leaves WAL first', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'wal.db');
      const oldKey = randomBytes(32);
      const c = await rawKeyed(file, oldKey);
      await c.exec('PRAGMA journal_mode = WAL; CREATE TABLE t (x BLOB)');
      for (let i = 0; i < 20; i += 1) await c.run('INSERT INTO t VALUES (?)', [randomBytes(2000)]);
      await c.runOnce(keyPragma(randomBytes(32)).replace('PRAGMA key', 'PRAGMA rekey'));
      // The re-encrypted pages sit in the WAL; the main file's pages fail their HMAC under the new key.
      expect((await c.allOnce('PRAGMA cipher_integrity_check')).length).toBeGreaterThan(0);
      await c.close();
    } finally {
      cleanup();
    }
  });
});

describe('rekeyLedger', () => {
  let data: TestDataDir;
  let accounts: SeededAccounts;
  let before: Awaited<ReturnType<typeof balances>>;

  beforeEach(async () => {
    vi.mocked(keyWrap.recordPendingDbKey).mockClear();
    vi.mocked(keyWrap.promoteDbKey).mockClear();
    data = await createDataDir();
    accounts = await openAccounts(data.ledger.store);
    await seedBatches(data.ledger.store, accounts, { batches: 120, legsPerBatch: 10, holds: true, clock: data.clock });
    before = await balances(data.ledger.store, accounts);
  });
  afterEach(() => data.cleanup());

  it('re-encrypts under a new db key: old key refused, new key opens, balances and chain intact', async () => {
    const oldKeys = await unlock(data);
    // Start from an empty WAL: a WAL-mode rekey then stays below the 1000-page auto-checkpoint,
    // which would otherwise copy the new pages into the main file and hide the problem.
    const checkpoint = await data.ledger.db.tx.exclusive((c) => c.getOnce('PRAGMA wal_checkpoint(TRUNCATE)'));
    expect(checkpoint?.['busy']).toBe(0);
    const result = await rekeyLedger(data.ledger, PASSPHRASE);
    expect(result.ok ? 'ok' : `${result.error.code}: ${result.error.message.slice(0, 200)}`).toBe('ok');

    // The running ledger keeps working on the new key, in WAL mode.
    await expectIntact(data.ledger, accounts, before);
    const sale = await data.ledger.store.submitBatch({ id: newId(), legs: [{
      kind: 'single', id: newId(), currency: 'EUR', debitAccountId: accounts.wallet, creditAccountId: accounts.revenue,
      amountMinor: 7, code: 'sale',
    }] }, TEST_ACTOR);
    expect(sale.ok).toBe(true);
    const after = await balances(data.ledger.store, accounts);
    await data.ledger.close();

    const newKeys = await unlock(data);
    expect(hex(newKeys.root)).toBe(hex(oldKeys.root));
    expect(hex(newKeys.db)).not.toBe(hex(oldKeys.db));
    expect(newKeys.pendingDb).toBeUndefined();
    expect(await opensWith(data.paths.db, oldKeys.db)).toBe('wrong_key');
    expect(await opensWith(data.paths.db, newKeys.db)).toBe('ok');

    const reopened = await reopen(data, newKeys);
    expect(reopened.openedWith).toBe('current');
    await expectIntact(reopened, accounts, after);
  });

  it('survives a crash after the pending key is recorded, before PRAGMA rekey (file on the old key)', async () => {
    const oldKeys = await unlock(data);
    vi.mocked(keyWrap.recordPendingDbKey).mockImplementationOnce(async (...args) => {
      await real.recordPendingDbKey(...args);
      throw new Error(CRASH);
    });
    await expect(rekeyLedger(data.ledger, PASSPHRASE)).rejects.toThrow(CRASH);
    await data.ledger.close();

    const keys = await unlock(data);
    expect(hex(keys.db)).toBe(hex(oldKeys.db));
    expect(keys.pendingDb).toBeDefined();
    if (!keys.pendingDb) return;
    expect(await opensWith(data.paths.db, keys.pendingDb)).toBe('wrong_key');

    const reopened = await reopen(data, keys);
    expect(reopened.openedWith).toBe('current');
    await expectIntact(reopened, accounts, before);
  });

  it('survives a crash after PRAGMA rekey, before the key is promoted (file on the pending key)', async () => {
    const oldKeys = await unlock(data);
    vi.mocked(keyWrap.promoteDbKey).mockImplementationOnce(() => Promise.reject(new Error(CRASH)));
    await expect(rekeyLedger(data.ledger, PASSPHRASE)).rejects.toThrow(CRASH);
    await data.ledger.close();

    const keys = await unlock(data);
    expect(hex(keys.db)).toBe(hex(oldKeys.db));
    if (!keys.pendingDb) throw new Error('no pending key recorded');
    expect(await opensWith(data.paths.db, oldKeys.db)).toBe('wrong_key');
    expect(await opensWith(data.paths.db, keys.pendingDb)).toBe('ok');

    const reopened = await reopen(data, keys);
    expect(reopened.openedWith).toBe('pending');
    await expectIntact(reopened, accounts, before);
  });

  it('rekeys a ledger opened with its pending key, even if that rekey crashes early too', async () => {
    // First crash: file re-encrypted, key not promoted.
    vi.mocked(keyWrap.promoteDbKey).mockImplementationOnce(() => Promise.reject(new Error(CRASH)));
    await expect(rekeyLedger(data.ledger, PASSPHRASE)).rejects.toThrow(CRASH);
    await data.ledger.close();
    const first = await reopen(data, await unlock(data));
    expect(first.openedWith).toBe('pending');

    // Second rekey from that state crashes right after recording its own pending key. The key
    // that opens the file must still be in the key file.
    vi.mocked(keyWrap.recordPendingDbKey).mockImplementationOnce(async (...args) => {
      await real.recordPendingDbKey(...args);
      throw new Error(CRASH);
    });
    await expect(rekeyLedger(first, PASSPHRASE)).rejects.toThrow(CRASH);
    await first.close();
    const second = await reopen(data, await unlock(data));
    await expectIntact(second, accounts, before);

    // And a clean rekey from there ends with one current key and no pending one.
    const done = await rekeyLedger(second, PASSPHRASE);
    expect(done.ok ? 'ok' : done.error.message).toBe('ok');
    await second.close();
    const keys = await unlock(data);
    expect(keys.pendingDb).toBeUndefined();
    const last = await reopen(data, keys);
    expect(last.openedWith).toBe('current');
    await expectIntact(last, accounts, before);
  });

  it('does nothing to the file with a wrong passphrase', async () => {
    const oldKeys = await unlock(data);
    const result = await rekeyLedger(data.ledger, 'not the passphrase');
    expect(result.ok ? 'ok' : result.error.code).toBe('wrong_key');
    await data.ledger.close();
    expect(await opensWith(data.paths.db, oldKeys.db)).toBe('ok');
    expect((await unlock(data)).pendingDb).toBeUndefined();
  });
});
