import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOREIGN_KEY_MESSAGE, MEMORY, openDatabase, type OpenOptions } from '../../electron/main/db/connection';
import { SqlConnection } from '../../electron/main/db/driver';
import { OPEN_CHECK_BUDGET_MS } from '../../electron/main/db/integrity';
import { BUSY_TIMEOUT_MS, pragmaProblems, readPragmas, type PragmaReport } from '../../electron/main/db/pragmas';
import { fcSeed } from '../support/fc-seed';
import { openTestDb, tempDir } from '../support/test-db';
import { createDataDir, openAccounts, openDescriptors, seedBatches, type TestDataDir } from './db-fixtures';
import { prng } from '../support/prng';

/** Opens, asserts failure and returns the error code (a successful open is closed and fails). */
async function openFails(options: OpenOptions): Promise<string> {
  const opened = await openDatabase(options);
  if (opened.ok) {
    await opened.value.close();
    throw new Error(`expected ${options.file} not to open`);
  }
  return opened.error.code;
}

describe('openDatabase on a closed ledger file', () => {
  let data: TestDataDir;
  let file: string;
  let pristine: Buffer;
  const scratch = tempDir('tillbook-conn-');

  beforeAll(async () => {
    data = await createDataDir();
    const accounts = await openAccounts(data.ledger.store);
    await seedBatches(data.ledger.store, accounts, { batches: 20, memo: 'flip target' });
    await data.ledger.close();
    file = data.paths.db;
    pristine = readFileSync(file);
  });
  afterAll(async () => {
    await data.cleanup();
    scratch.cleanup();
  });

  it('reports a wrong key as wrong_key, leaves no handle behind, then opens with the right key', async () => {
    const before = openDescriptors(file);
    expect(await openFails({ file, key: randomBytes(32) })).toBe('wrong_key');
    // Where the key was authenticated by a key file, no page authenticating means the key file
    // belongs to another ledger: said as such, never as a damaged database.
    const foreign = await openDatabase({ file, key: randomBytes(32), keyVerified: true });
    expect(foreign.ok ? 'opened' : foreign.error).toStrictEqual({ code: 'wrong_key', message: FOREIGN_KEY_MESSAGE });
    const after = openDescriptors(file);
    if (before !== undefined) expect(after).toBe(before);

    const opened = await openDatabase({ file, key: data.keys.db });
    if (!opened.ok) throw new Error(opened.error.message);
    const db = opened.value;
    try {
      // Leaving WAL needs the only connection to the file: a half-open handle would block it.
      const modes = await db.tx.exclusive(async (connection) => {
        const off = await connection.getOnce('PRAGMA journal_mode = DELETE');
        const on = await connection.getOnce('PRAGMA journal_mode = WAL');
        return [off?.['journal_mode'], on?.['journal_mode']];
      });
      expect(modes).toEqual(['delete', 'wal']);
      const written = await db.tx.write((tx) => tx.run("INSERT INTO meta (key, value) VALUES ('probe', 'x')"));
      expect(written.changes).toBe(1);
      await db.tx.write((tx) => tx.run("DELETE FROM meta WHERE key = 'probe'"));
    } finally {
      await db.close();
    }
    expect(readFileSync(file).length).toBeGreaterThan(0);
    pristine = readFileSync(file);
  });

  it('reports garbage, truncated and empty files as database_corrupt', async () => {
    const garbage = join(scratch.dir, 'garbage.db');
    writeFileSync(garbage, randomBytes(1000));
    expect(await openFails({ file: garbage, key: data.keys.db })).toBe('database_corrupt');

    // Whole pages of noise look exactly like another key's file: not one page authenticates.
    const pages = join(scratch.dir, 'noise-pages.db');
    writeFileSync(pages, randomBytes(8192));
    expect(await openFails({ file: pages, key: data.keys.db, keyVerified: true })).toBe('wrong_key');
    expect(await openFails({ file: pages, key: data.keys.db })).toBe('wrong_key');

    // A damaged first page under the right key: the other pages authenticate, so it is damage.
    const firstPage = join(scratch.dir, 'first-page.db');
    const damaged = Buffer.from(pristine);
    damaged[100] = (damaged[100] ?? 0) ^ 0x01;
    writeFileSync(firstPage, damaged);
    expect(await openFails({ file: firstPage, key: data.keys.db, keyVerified: true })).toBe('database_corrupt');

    const pageSize = 4096;
    for (const length of [Math.floor(pristine.length / 2 / pageSize) * pageSize, 10_000, pageSize]) {
      const truncated = join(scratch.dir, `truncated-${length}.db`);
      writeFileSync(truncated, pristine.subarray(0, length));
      expect(await openFails({ file: truncated, key: data.keys.db }), `truncated to ${length}`).toBe('database_corrupt');
    }

    // SQLite would take an empty file for a new database and migrate it: a lost ledger must not
    // silently become a fresh one.
    const empty = join(scratch.dir, 'empty.db');
    writeFileSync(empty, '');
    expect(await openFails({ file: empty, key: data.keys.db })).toBe('database_corrupt');
    expect(statSync(empty).size).toBe(0);
  });

  it('refuses a plaintext SQLite file with an error, without changing it', async () => {
    const plain = join(scratch.dir, 'plain.db');
    const connection = await SqlConnection.open(plain);
    await connection.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('not encrypted')");
    await connection.close();
    const bytes = readFileSync(plain);
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

    expect(await openFails({ file: plain, key: data.keys.db })).toBe('database_corrupt');
    expect(readFileSync(plain).equals(bytes)).toBe(true);
  });

  it('reports a missing file as not_found', async () => {
    expect(await openFails({ file: join(scratch.dir, 'nope.db'), key: data.keys.db })).toBe('not_found');
    expect(await openFails({ file: scratch.dir, key: data.keys.db })).toBe('not_found');
  });

  it('detects a byte flipped in the middle of the file at open (cipher_integrity_check)', async () => {
    const flipped = join(scratch.dir, 'middle.db');
    const copy = Buffer.from(pristine);
    const middle = Math.floor(copy.length / 2) + 123;
    copy[middle] = (copy[middle] ?? 0) ^ 0x40;
    writeFileSync(flipped, copy);
    for (const keyVerified of [false, true]) {
      const opened = await openDatabase({ file: flipped, key: data.keys.db, keyVerified });
      if (opened.ok) await opened.value.close();
      expect(opened.ok ? 'opened' : opened.error.code, `keyVerified=${keyVerified}`).toBe('database_corrupt');
      expect(opened.ok ? '' : opened.error.message).toContain('cipher_integrity_check');
    }
  });

  it('detects 100 of 100 random single-byte flips at open (as the app opens: key verified)', async () => {
    const seed = fcSeed('connection byte flips');
    const random = prng(seed);
    const target = join(scratch.dir, 'flips.db');
    const undetected: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      const copy = Buffer.from(pristine);
      const offset = Math.floor(random() * copy.length);
      copy[offset] = (copy[offset] ?? 0) ^ (1 + Math.floor(random() * 255));
      writeFileSync(target, copy);
      const opened = await openDatabase({ file: target, key: data.keys.db, keyVerified: true });
      if (opened.ok) {
        await opened.value.close();
        undetected.push(offset);
      } else {
        // The first 16 bytes are the file's salt, from which every page's HMAC key derives: with
        // it changed no page authenticates, exactly as under another ledger's key.
        expect(opened.error.code, `offset ${offset}`).toBe(offset < 16 ? 'wrong_key' : 'database_corrupt');
      }
    }
    expect(undetected, `seed ${seed}`).toEqual([]);
  });
});

describe('pragmas and the startup self-test', () => {
  it('reads back WAL, synchronous FULL, foreign keys on, busy_timeout ≥ 5000 on a file database', async () => {
    const data = await createDataDir();
    try {
      const { report } = data.ledger.db;
      expect(report.pragmas).toMatchObject({ journalMode: 'wal', synchronous: 2, foreignKeys: 1, recursiveTriggers: 1 });
      expect(report.pragmas.busyTimeoutMs).toBeGreaterThanOrEqual(5000);
      expect(report.pragmas.cipherVersion).toMatch(/^4\.\d+/);
      // And live on the connection, not only in the report taken at open.
      const live = await data.ledger.db.tx.exclusive((connection) => readPragmas(connection));
      expect(live).toEqual(report.pragmas);
      expect(pragmaProblems(live, false)).toEqual([]);
    } finally {
      await data.cleanup();
    }
  });

  it('uses the in-memory journal for :memory: and passes the self-test', async () => {
    const db = await openTestDb();
    try {
      expect(db.report.pragmas.journalMode).toBe('memory');
      expect(pragmaProblems(db.report.pragmas, true)).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('flags every wrong value', () => {
    const good: PragmaReport = {
      journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeoutMs: BUSY_TIMEOUT_MS, recursiveTriggers: 1,
      cipherVersion: '4.14.0 community',
    };
    expect(pragmaProblems(good, false)).toEqual([]);
    const wrong: [Partial<PragmaReport>, RegExp][] = [
      [{ journalMode: 'delete' }, /journal_mode/],
      [{ journalMode: 'memory' }, /journal_mode/],
      [{ synchronous: 1 }, /synchronous/],
      [{ synchronous: 0 }, /synchronous/],
      [{ foreignKeys: 0 }, /foreign_keys/],
      [{ busyTimeoutMs: 1000 }, /busy_timeout/],
      [{ busyTimeoutMs: BUSY_TIMEOUT_MS - 1 }, /busy_timeout/],
      [{ recursiveTriggers: 0 }, /recursive_triggers/],
      [{ cipherVersion: 'undefined' }, /SQLCipher/],
      [{ cipherVersion: '' }, /SQLCipher/],
    ];
    for (const [change, pattern] of wrong) {
      const problems = pragmaProblems({ ...good, ...change }, false);
      expect(problems, JSON.stringify(change)).toHaveLength(1);
      expect(problems[0]).toMatch(pattern);
    }
    expect(pragmaProblems(good, true)).toEqual(['journal_mode is wal']);
  });
});

describe('open-time integrity checks', () => {
  // How long they take against OPEN_CHECK_BUDGET_MS is measured by bench B6, not asserted here:
  // a wall-clock limit fails on a loaded machine.
  it('run on open over a few thousand transfers, pass, and report their times', async () => {
    const data = await createDataDir();
    try {
      const accounts = await openAccounts(data.ledger.store);
      await seedBatches(data.ledger.store, accounts, { batches: 6, legsPerBatch: 600, memo: 'budget' });
      const transfers = await data.ledger.db.tx.read((tx) => tx.get('SELECT count(*) AS n FROM transfer'));
      expect(transfers?.['n']).toBe(3600);
      await data.ledger.close();

      const opened = await openDatabase({ file: data.paths.db, key: data.keys.db, keyVerified: true });
      if (!opened.ok) throw new Error(opened.error.message);
      await opened.value.close();
      const { integrity } = opened.value.report;
      console.log(
        `open checks on ${statSync(data.paths.db).size} bytes / 3600 transfers: quick_check ${integrity.quickCheckMs.toFixed(1)} ms, ` +
        `cipher_integrity_check ${integrity.cipherCheckMs.toFixed(1)} ms (budget ${OPEN_CHECK_BUDGET_MS} ms, measured by bench B6)`,
      );
      expect(integrity.ok).toBe(true);
      expect(integrity.cipherCheckMs).toBeGreaterThan(0);
    } finally {
      await data.cleanup();
    }
  });
});

describe('a bad key argument', () => {
  it('is a typed error, not a throw', async () => {
    const opened = await openDatabase({ file: MEMORY, key: randomBytes(16) });
    expect(opened.ok ? 'opened' : opened.error.code).toBe('internal');
  });
});
