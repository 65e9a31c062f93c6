import { describe, expect, it } from 'vitest';
import { advanceSyncCursor, pendingOutboxCount, readOutbox, syncCursor } from '../../../electron/main/db/repositories/outbox.repo';
import { OUTBOX_KINDS, type OutboxPayload } from '../../../shared/domain/outbox-kinds';
import { openTestLedger, TEST_TERMINAL } from '../../support/test-db';
import { openAccounts, seedBatches } from '../db-fixtures';

describe('the journal as the outbox', () => {
  it('yields account openings and batches after the cursor, in journal order, as their versioned wire payloads', async () => {
    const { db, store, clock } = await openTestLedger();
    try {
      const accounts = await openAccounts(store);
      const seqs = await seedBatches(store, accounts, { batches: 4, legsPerBatch: 2, memo: 'm', holds: true, clock });
      const items = await db.tx.read((tx) => readOutbox(tx, 0, 1000, TEST_TERMINAL));
      expect(items.map((i) => i.kind)).toEqual([...Array(3).fill('account.open'), ...Array(seqs.length).fill('ledger.batch')]);
      expect(items.map((i) => i.seq)).toEqual([...items.map((i) => i.seq)].sort((a, b) => a - b));
      for (const item of items) expect(OUTBOX_KINDS[item.kind].schema.safeParse(item).success).toBe(true);
      const batch = items.find((i): i is OutboxPayload<'ledger.batch'> => i.kind === 'ledger.batch');
      expect(batch?.transfers).toHaveLength(2);
      expect(batch).toMatchObject({ version: 1, terminalId: TEST_TERMINAL, staffId: 'staff-test' });
      expect(await db.tx.read(pendingOutboxCount)).toBe(items.length);

      const upTo = items[4]?.seq ?? 0;
      await db.tx.write((tx) => advanceSyncCursor(tx, upTo));
      await db.tx.write((tx) => advanceSyncCursor(tx, 1)); // never moves back
      expect(await db.tx.read(syncCursor)).toBe(upTo);
      const rest = await db.tx.read((tx) => readOutbox(tx, upTo, 1000, TEST_TERMINAL));
      expect(rest).toEqual(items.slice(5));
      expect(await db.tx.read(pendingOutboxCount)).toBe(items.length - 5);
      // Paging by cursor sees every item once.
      const paged: number[] = [];
      for (let after = 0; ;) {
        const page = await db.tx.read((tx) => readOutbox(tx, after, 3, TEST_TERMINAL));
        if (page.length === 0) break;
        paged.push(...page.map((p) => p.seq));
        after = page[page.length - 1]?.seq ?? after;
      }
      expect(paged).toEqual(items.map((i) => i.seq));
    } finally {
      await db.close();
    }
  });
});
