import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { err } from '../../shared/domain/result';
import {
  dataDirState,
  fixedKeys,
  isFirstRun,
  openDataDir,
  passphraseKeyProvider,
  readDataDir,
} from '../../electron/main/app/open-data-dir';
import { dataDirPaths, openLedgerDatabase } from '../../electron/main/db/data-dir';
import { createKeyFile } from '../../electron/main/db/passphrase-key-wrap';
import { tempDir } from '../support/test-db';
import { createDataDir, PASSPHRASE, TEST_KDF, withStore } from './db-fixtures';

describe('openLedgerDatabase', () => {
  it('reopens a data directory with the same terminal id', async () => {
    const data = await createDataDir();
    try {
      const terminalId = data.ledger.terminalId;
      await data.ledger.close();
      const reopened = await openLedgerDatabase(data.dir, data.keys);
      expect(reopened.ok && reopened.value.terminalId).toBe(terminalId);
      if (reopened.ok) data.ledger = await withStore(reopened.value, data.clock);
    } finally {
      await data.cleanup();
    }
  });

  it('refuses a ledger whose terminal id was removed instead of inventing a new one', async () => {
    const data = await createDataDir();
    try {
      await data.ledger.db.tx.write((tx) => tx.run("DELETE FROM meta WHERE key = 'terminal_id'"));
      await data.ledger.close();
      const reopened = await openLedgerDatabase(data.dir, data.keys);
      expect(reopened.ok ? 'ok' : reopened.error.code).toBe('database_corrupt');
    } finally {
      await data.cleanup();
    }
  });
});

describe('the one opening sequence (app/open-data-dir.ts)', () => {
  const keysOf = (dir: string, passphrase = PASSPHRASE) =>
    passphraseKeyProvider({ dir, passphrase: () => Promise.resolve(passphrase), kdf: TEST_KDF });

  it('names what a directory holds before anyone is asked for a passphrase', async () => {
    const { dir, cleanup } = tempDir('tillbook-state-');
    try {
      const inner = join(dir, 'data');
      expect(await dataDirState(inner)).toBe('absent');
      expect(await isFirstRun(inner)).toBe(true);
      writeFileSync(join(dir, 'plain-file'), 'x');
      expect(await dataDirState(join(dir, 'plain-file'))).toBe('not_a_directory');
      mkdirSync(inner);
      expect(await dataDirState(inner)).toBe('new');
      expect(await isFirstRun(inner)).toBe(true);
      writeFileSync(dataDirPaths(inner).keyFile, '{}');
      expect(await dataDirState(inner)).toBe('keys_only');
      expect(await isFirstRun(inner)).toBe(false);
      writeFileSync(dataDirPaths(inner).db, '');
      expect(await dataDirState(inner)).toBe('ledger');
      rmSync(dataDirPaths(inner).keyFile);
      expect(await dataDirState(inner)).toBe('database_only');
      expect(await isFirstRun(inner)).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('first run creates keys then the database; the next run unlocks and opens the same terminal', async () => {
    const { dir, cleanup } = tempDir('tillbook-open-');
    try {
      const first = await openDataDir(dir, keysOf(dir));
      if (!first.ok) throw new Error(first.error.message);
      expect(first.value.created).toBe(true);
      const terminalId = first.value.dataDir.terminalId;
      await first.value.dataDir.close();
      const again = await openDataDir(dir, keysOf(dir));
      if (!again.ok) throw new Error(again.error.message);
      expect(again.value).toMatchObject({ created: false, dataDir: { terminalId, openedWith: 'current' } });
      await again.value.dataDir.close();
      const wrong = await openDataDir(dir, keysOf(dir, 'not the passphrase at all'));
      expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_key', stage: 'keys' } });
    } finally {
      cleanup();
    }
  });

  it('a refused unlock touches no database; a database without its key file mints no key', async () => {
    const { dir, cleanup } = tempDir('tillbook-open-');
    try {
      const refused = await openDataDir(dir, { unlock: () => Promise.resolve(err('forbidden', 'basic_text')) });
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', stage: 'keys' } });
      expect(existsSync(dataDirPaths(dir).db)).toBe(false);
      writeFileSync(dataDirPaths(dir).db, 'a database from elsewhere');
      const orphan = await openDataDir(dir, keysOf(dir));
      expect(orphan).toMatchObject({ ok: false, error: { code: 'key_file_missing', stage: 'keys' } });
      expect(existsSync(dataDirPaths(dir).keyFile)).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('a first run stopped after the key file resumes with those keys', async () => {
    const { dir, cleanup } = tempDir('tillbook-open-');
    try {
      const made = await createKeyFile(dataDirPaths(dir).keyFile, PASSPHRASE, TEST_KDF);
      if (!made.ok) throw new Error(made.error.message);
      const resumed = await openDataDir(dir, keysOf(dir));
      if (!resumed.ok) throw new Error(resumed.error.message);
      expect(resumed.value.created).toBe(true);
      expect(Buffer.from(resumed.value.keys.db)).toStrictEqual(Buffer.from(made.value.db));
      await resumed.value.dataDir.close();
    } finally {
      cleanup();
    }
  });

  it('an interrupted rekey (file already under the pending key) opens with the pending key, for writing and for reading', async () => {
    const data = await createDataDir();
    try {
      await data.ledger.close();
      const interrupted = { root: data.keys.root, db: randomBytes(32), pendingDb: data.keys.db };
      const opened = await openDataDir(data.dir, fixedKeys(interrupted));
      if (!opened.ok) throw new Error(opened.error.message);
      expect(opened.value.dataDir.openedWith).toBe('pending');
      await opened.value.dataDir.close();
      const read = await readDataDir(data.dir, fixedKeys(interrupted));
      if (!read.ok) throw new Error(read.error.message);
      expect(Buffer.from(read.value.dbKey)).toStrictEqual(Buffer.from(data.keys.db));
      await read.value.close();
      const foreign = await readDataDir(data.dir, fixedKeys({ root: data.keys.root, db: randomBytes(32) }));
      // A key that opens nothing fails at the database stage (the driver cannot tell a wrong key from damage).
      expect(foreign).toMatchObject({ ok: false, error: { stage: 'database' } });
      expect(foreign.ok ? 'ok' : foreign.error.code).toMatch(/^(wrong_key|database_corrupt)$/);
    } finally {
      await data.cleanup();
    }
  });

  it('reading needs an existing ledger and creates nothing', async () => {
    const { dir, cleanup } = tempDir('tillbook-open-');
    try {
      const result = await readDataDir(dir, fixedKeys({ root: randomBytes(32), db: randomBytes(32) }));
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found', stage: 'database' } });
      expect(existsSync(dataDirPaths(dir).db)).toBe(false);
    } finally {
      cleanup();
    }
  });
});
