import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupDatabase } from '../../electron/main/db/backup';
import { openDatabase, type Database } from '../../electron/main/db/connection';
import { DB_FILE, openLedgerDatabase } from '../../electron/main/db/data-dir';
import { readChainHead } from '../../electron/main/db/repositories/journal.repo';
import { verifyLedger } from '../../electron/main/db/verify';
import { newId } from '../../shared/domain/ids';
import type { BatchOutcome } from '../../shared/domain/ledger-types';
import type { Result } from '../../shared/domain/result';
import { TEST_ACTOR } from '../support/test-db';
import { balances, createDataDir, openAccounts, seedBatches, type SeededAccounts, type TestDataDir, withStore } from './db-fixtures';

const MEMO = 'BACKUP-MEMO-51c2';

async function openBackup(file: string, key: Uint8Array): Promise<Database> {
  const opened = await openDatabase({ file, key, keyVerified: true });
  if (!opened.ok) throw new Error(`backup does not open: ${opened.error.code} ${opened.error.message}`);
  return opened.value;
}

describe('backupDatabase', () => {
  let data: TestDataDir;
  let accounts: SeededAccounts;

  beforeEach(async () => {
    data = await createDataDir();
    accounts = await openAccounts(data.ledger.store);
    await seedBatches(data.ledger.store, accounts, { batches: 6, memo: MEMO });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await data.cleanup();
  });

  it('takes a consistent prefix while 50 sales are being submitted, which opens, verifies and folds', async () => {
    const { store, db } = data.ledger;
    const headBefore = (await db.tx.read(readChainHead))?.lastSeq ?? 0;
    const sale = (i: number): Promise<Result<BatchOutcome>> => store.submitBatch({ id: newId(), legs: [{
      kind: 'single', id: newId(), currency: 'EUR', debitAccountId: accounts.wallet, creditAccountId: accounts.revenue,
      amountMinor: i + 1, code: 'sale', memo: MEMO,
    }] }, TEST_ACTOR);

    // Know the moment the backup has taken its place in the connection queue.
    let queued!: () => void;
    const backupQueued = new Promise<void>((resolve) => (queued = resolve));
    const exclusive = db.tx.exclusive.bind(db.tx);
    vi.spyOn(db.tx, 'exclusive').mockImplementation((job) => {
      const running = exclusive(job);
      queued();
      return running;
    });

    const out = join(data.dir, 'backup.db');
    const sales: Promise<Result<BatchOutcome>>[] = [];
    for (let i = 0; i < 25; i += 1) sales.push(sale(i));
    const backup = backupDatabase(db, out, data.keys.db);
    await backupQueued;
    for (let i = 25; i < 50; i += 1) sales.push(sale(i));
    const [result, outcomes] = await Promise.all([backup, Promise.all(sales)]);
    expect(result.ok ? 'ok' : result.error.message).toBe('ok');
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const liveHead = (await db.tx.read(readChainHead))?.lastSeq ?? 0;
    expect(liveHead).toBe(headBefore + 50);

    const copy = await openBackup(out, data.keys.db);
    try {
      const report = await verifyLedger(copy, data.ledger.mac);
      expect(report.ok, JSON.stringify(report.problems)).toBe(true);
      // Exactly the sales queued before it: a prefix of the live chain, and a strict one.
      expect(report.headSeq).toBe(headBefore + 25);
      expect(report.headSeq).toBeLessThan(liveHead);
      const backupMacs = await copy.tx.read((tx) => tx.all('SELECT seq, mac FROM journal ORDER BY seq'));
      const liveMacs = await db.tx.read((tx) => tx.all('SELECT seq, mac FROM journal WHERE seq <= ? ORDER BY seq', [report.headSeq]));
      expect(backupMacs).toEqual(liveMacs);
      const sold = await copy.tx.read((tx) => tx.get("SELECT count(*) AS n, sum(amount) AS total FROM transfer WHERE code = 'sale' AND memo = ?", [MEMO]));
      expect(sold).toEqual({ n: 25, total: (25 * 26) / 2 });
      expect(copy.report.schemaVersion).toBe(db.report.schemaVersion);
    } finally {
      await copy.close();
    }

    // Encrypted like the original: no header, no memo in clear.
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from(MEMO))).toBe(false);
  });

  it('writes the backup 0600', async () => {
    const out = join(data.dir, 'private.db');
    expect((await backupDatabase(data.ledger.db, out, data.keys.db)).ok).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('restores: a backup placed by hand is refused until re-anchored, then opens with the same balances', async () => {
    const out = join(data.dir, 'restore-source.db');
    const expected = await balances(data.ledger.store, accounts);
    const result = await backupDatabase(data.ledger.db, out, data.keys.db);
    expect(result.ok).toBe(true);
    const restoreDir = join(data.dir, 'restored');
    mkdirSync(restoreDir);
    copyFileSync(out, join(restoreDir, DB_FILE));
    // Copied in without its anchor: refused (tillbook restore re-anchors after a confirmation).
    const refused = await openLedgerDatabase(restoreDir, data.keys);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('database_rolled_back');
    const reported = await openLedgerDatabase(restoreDir, data.keys, { onRollback: 'report' });
    if (!reported.ok) throw new Error(reported.error.message);
    expect(reported.value.rollback?.reason).toBe('anchor_missing');
    await reported.value.reanchor();
    await reported.value.close();
    const restored = await openLedgerDatabase(restoreDir, data.keys);
    if (!restored.ok) throw new Error(restored.error.message);
    try {
      expect(restored.value.terminalId).toBe(data.ledger.terminalId);
      expect(await balances((await withStore(restored.value, data.clock)).store, accounts)).toEqual(expected);
      expect((await verifyLedger(restored.value.db, restored.value.mac)).ok).toBe(true);
    } finally {
      await restored.value.close();
    }
  });

  it('can key the copy with another key, which then is the only one that opens it', async () => {
    const out = join(data.dir, 'other-key.db');
    const other = randomBytes(32);
    expect((await backupDatabase(data.ledger.db, out, other)).ok).toBe(true);
    const wrong = await openDatabase({ file: out, key: data.keys.db });
    if (wrong.ok) await wrong.value.close();
    expect(wrong.ok ? 'opened' : wrong.error.code).toBe('wrong_key');
    const copy = await openBackup(out, other);
    try {
      expect((await verifyLedger(copy, data.ledger.mac)).ok).toBe(true);
    } finally {
      await copy.close();
    }
  });

  it('refuses an existing target and leaves it untouched', async () => {
    const out = join(data.dir, 'exists.db');
    writeFileSync(out, 'keep me');
    const result = await backupDatabase(data.ledger.db, out, data.keys.db);
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid_input');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    // The ledger is unaffected and no ATTACH is left behind.
    const attached = await data.ledger.db.tx.read((tx) => tx.all('PRAGMA database_list'));
    expect(attached.map((d) => d['name'])).not.toContain('backup');
  });

  it('removes a partial file when the export fails, and the live database carries on', async () => {
    const out = join(data.dir, 'no-such-dir', 'backup.db');
    const result = await backupDatabase(data.ledger.db, out, data.keys.db);
    expect(result.ok).toBe(false);
    expect(existsSync(out)).toBe(false);
    const attached = await data.ledger.db.tx.read((tx) => tx.all('PRAGMA database_list'));
    expect(attached.map((d) => d['name'])).not.toContain('backup');
    expect((await verifyLedger(data.ledger.db, data.ledger.mac)).ok).toBe(true);
  });
});
