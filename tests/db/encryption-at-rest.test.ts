import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlConnection } from '../../electron/main/db/driver';
import { tempDir, TEST_ACTOR } from '../support/test-db';
import { createDataDir, openAccounts, seedBatches, type TestDataDir } from './db-fixtures';

const MEMO = 'PLAINTEXT-MEMO-7f3a';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Every needle that must not appear in the raw bytes of a file. */
function leaks(bytes: Buffer, data: TestDataDir): string[] {
  const needles: [string, Buffer][] = [
    ['SQLite header', SQLITE_HEADER],
    ['memo (UTF-8)', Buffer.from(MEMO, 'utf8')],
    ['memo (UTF-16LE)', Buffer.from(MEMO, 'utf16le')],
    ['staff id', Buffer.from(TEST_ACTOR.staffId, 'utf8')],
    ['db key (raw)', Buffer.from(data.keys.db)],
    ['db key (hex)', Buffer.from(Buffer.from(data.keys.db).toString('hex'), 'latin1')],
    ['root key (raw)', Buffer.from(data.keys.root)],
    ['root key (hex)', Buffer.from(Buffer.from(data.keys.root).toString('hex'), 'latin1')],
    ['db key (base64)', Buffer.from(Buffer.from(data.keys.db).toString('base64'), 'latin1')],
  ];
  return needles.filter(([, needle]) => bytes.includes(needle)).map(([name]) => name);
}

describe('encryption at rest', () => {
  let data: TestDataDir;

  beforeAll(async () => {
    data = await createDataDir();
    const accounts = await openAccounts(data.ledger.store);
    await seedBatches(data.ledger.store, accounts, { batches: 12, legsPerBatch: 4, memo: MEMO });
  });
  afterAll(() => data.cleanup());

  it('stores the memo (so the scans below look for something that is there)', async () => {
    const row = await data.ledger.db.tx.read((tx) => tx.get('SELECT count(*) AS n FROM transfer WHERE instr(memo, ?) > 0', [MEMO]));
    expect(row?.['n']).toBe(48);
  });

  it('finds the memo in a plaintext SQLite file written the same way (the scan works)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'plain.db');
      const connection = await SqlConnection.open(file);
      await connection.exec('PRAGMA journal_mode = WAL');
      await connection.exec('CREATE TABLE t (memo TEXT)');
      await connection.run('INSERT INTO t VALUES (?)', [MEMO]);
      const wal = readFileSync(`${file}-wal`);
      expect(wal.includes(Buffer.from(MEMO))).toBe(true);
      await connection.close();
      const main = readFileSync(file);
      expect(main.subarray(0, 16).equals(SQLITE_HEADER)).toBe(true);
      expect(main.includes(Buffer.from(MEMO))).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('leaks nothing from the open database: main file and the uncheckpointed WAL', () => {
    const { db: file } = data.paths;
    // The writes are still in the WAL: the test reads what is really on disk mid-session.
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(32 * 1024);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      if (!existsSync(path)) continue;
      expect(leaks(readFileSync(path), data), path).toEqual([]);
    }
    expect(readFileSync(file).subarray(0, 16).equals(SQLITE_HEADER)).toBe(false);
  });

  it('leaks nothing after close, in any file of the data directory (key file included)', async () => {
    await data.ledger.close();
    const files = readdirSync(data.dir);
    expect(files).toContain('tillbook.db');
    expect(files).toContain('tillbook.key');
    for (const name of files) {
      expect(leaks(readFileSync(join(data.dir, name)), data), name).toEqual([]);
    }
  });
});
