import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../../electron/main/app/audit/record-audit';
import type { AnchorSlot } from '../../electron/main/db/chain-anchor';
import { openLedgerDatabase, type AnchorOptions } from '../../electron/main/db/data-dir';
import { readChainHead } from '../../electron/main/db/repositories/journal.repo';
import { FixedClock } from '../support/test-db';
import { createDataDir, openAccounts, seedBatches, withStore, type TestDataDir } from './db-fixtures';

/** A second slot in memory, standing in for the OS key store (platform/key-store-anchor.ts). */
function memorySlot(): AnchorSlot & { text: string | undefined } {
  const slot = {
    name: 'memory key store',
    text: undefined as string | undefined,
    read: () => Promise.resolve(slot.text),
    write: (text: string) => {
      slot.text = text;
      return Promise.resolve();
    },
  };
  return slot;
}

const anchoredSeq = (dir: string): number => (JSON.parse(readFileSync(join(dir, 'tillbook.anchor'), 'utf8')) as { seq: number }).seq;

describe('the chain anchor', () => {
  let data: TestDataDir;
  beforeEach(async () => {
    data = await createDataDir();
  });
  afterEach(async () => data.cleanup());

  async function reopen(options: AnchorOptions = {}) {
    return openLedgerDatabase(data.dir, data.keys, options);
  }

  it('is written at first open, moves on close, and a normal reopen (and one after a crash) is fine', async () => {
    expect(anchoredSeq(data.dir)).toBe(0);
    const accounts = await openAccounts(data.ledger.store);
    await seedBatches(data.ledger.store, accounts, { batches: 3 });
    await data.ledger.close();
    const head = 4 + 3;
    expect(anchoredSeq(data.dir)).toBe(head);
    const again = await reopen();
    if (!again.ok) throw new Error(again.error.message);
    // A crash: more entries, no close; the anchor lags behind the database, which is fine.
    const store = (await withStore(again.value, new FixedClock())).store;
    await seedBatches(store, accounts, { batches: 2 });
    await again.value.db.close();
    const afterCrash = await reopen();
    expect(afterCrash.ok).toBe(true);
    if (afterCrash.ok) await afterCrash.value.close();
  });

  it('rewrites at once for staff, setup and audit entries, and only on its schedule for batches', async () => {
    const accounts = await openAccounts(data.ledger.store);
    await data.ledger.close();
    const opened = await reopen({ intervalMs: 3_600_000 });
    if (!opened.ok) throw new Error(opened.error.message);
    const ledger = opened.value;
    try {
      const store = (await withStore(ledger, new FixedClock())).store;
      const before = anchoredSeq(data.dir);
      await seedBatches(store, accounts, { batches: 2 });
      // Batches never wait for a file write: the anchor stays where it was until its timer or close.
      expect(anchoredSeq(data.dir)).toBe(before);
      await recordAudit({ db: ledger.db, mac: ledger.mac, clock: new FixedClock() })({ kind: 'audit.signOut', staffId: null, origin: 'cli', detail: {} });
      const head = await ledger.db.tx.read(readChainHead);
      expect(anchoredSeq(data.dir)).toBe(head?.lastSeq);
    } finally {
      await ledger.close();
    }
  });

  it('refuses a database replaced by another copy of the same ledger that went another way (diverged)', async () => {
    const accounts = await openAccounts(data.ledger.store);
    await data.ledger.close();
    const aside = join(data.dir, 'aside.db');
    copyFileSync(data.paths.db, aside);
    const anchorAside = readFileSync(data.paths.anchor);
    for (const copy of ['live', 'other'] as const) {
      const opened = await reopen();
      if (!opened.ok) throw new Error(`${copy}: ${opened.error.message}`);
      await seedBatches((await withStore(opened.value, new FixedClock())).store, accounts, { batches: copy === 'live' ? 4 : 2, memo: copy });
      await opened.value.close();
      if (copy === 'live') {
        // Set the live database aside and play the other branch from the old copy and its anchor.
        copyFileSync(data.paths.db, join(data.dir, 'live.db'));
        copyFileSync(aside, data.paths.db);
        writeFileSync(data.paths.anchor, anchorAside);
      }
    }
    copyFileSync(join(data.dir, 'live.db'), data.paths.db);
    const refused = await reopen();
    expect(refused.ok ? 'opened' : refused.error.code).toBe('database_rolled_back');
    // The live copy is longer than the anchor (from the other branch) but its entry there differs.
    expect(refused.ok ? '' : refused.error.message).toMatch(/journal entry 6 differs from the one its anchor/);
  });

  it('a second slot (the OS key store) catches a rollback of the database together with its anchor file', async () => {
    const slot = memorySlot();
    await data.ledger.close();
    const first = await reopen({ extraSlots: [slot] });
    if (!first.ok) throw new Error(first.error.message);
    await first.value.close();
    const dbAside = readFileSync(data.paths.db);
    const anchorAside = readFileSync(data.paths.anchor);
    const second = await reopen({ extraSlots: [slot] });
    if (!second.ok) throw new Error(second.error.message);
    await openAccounts((await withStore(second.value, new FixedClock())).store);
    await second.value.close();
    // Both files of the data directory put back; the key store still holds the later head.
    writeFileSync(data.paths.db, dbAside);
    writeFileSync(data.paths.anchor, anchorAside);
    expect((await reopen()).ok).toBe(true);
    const refused = await reopen({ extraSlots: [slot] });
    expect(refused.ok ? 'opened' : refused.error.message).toMatch(/memory key store/);
  });

  it('keeps the data directory 0700 and its files 0600: database, WAL, key file, anchor', async () => {
    const accounts = await openAccounts(data.ledger.store);
    await seedBatches(data.ledger.store, accounts, { batches: 1 });
    const files = [data.paths.db, `${data.paths.db}-wal`, `${data.paths.db}-shm`, data.paths.keyFile, data.paths.anchor];
    for (const file of files) {
      expect(existsSync(file), file).toBe(true);
      expect(statSync(file).mode & 0o777, file).toBe(0o600);
    }
    expect(statSync(data.dir).mode & 0o777).toBe(0o700);
  });
});
