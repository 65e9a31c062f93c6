import { describe, expect, it } from 'vitest';
import { appendJournal, readChainHead } from '../../../electron/main/db/repositories/journal.repo';
import { verifyLedger } from '../../../electron/main/db/verify';
import { openTestLedger, TEST_ACTOR } from '../../support/test-db';
import { openAccounts, seedBatches } from '../db-fixtures';

describe('the chain head hint of the batch write path', () => {
  it('recovers when the hinted head was rolled back: the next batch takes the real next seq', async () => {
    const { db, store, mac } = await openTestLedger();
    expect((await store.createLedger('EUR', TEST_ACTOR)).ok).toBe(true);
    const accounts = await openAccounts(store);
    const before = await db.tx.read(readChainHead);
    const rolledBack = db.tx.write(async (tx) => {
      await appendJournal(tx, mac, {
        kind: 'test.probe', refId: null, actorId: null, requestHash: null, payload: new Uint8Array([1]), deviceTsMs: 1,
      });
      throw new Error('roll this back');
    });
    await expect(rolledBack).rejects.toThrow('roll this back');
    expect(await db.tx.read(readChainHead)).toEqual(before);

    const batch = await seedBatches(store, accounts, { batches: 1 });
    const after = await db.tx.read(readChainHead);
    expect(after?.lastSeq).toBe(batch[0]);
    expect(after?.lastSeq).toBe((before?.lastSeq ?? 0) + 1);
    const report = await verifyLedger(db, mac);
    expect(report.ok).toBe(true);
    await db.close();
  });
});
