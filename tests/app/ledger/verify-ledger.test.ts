import { describe, expect, it } from 'vitest';
import type { EventSink } from '../../../electron/main/app/event-sink';
import { lastVerify, verifyLedger } from '../../../electron/main/app/ledger/verify-ledger';
import { openTestLedger, TEST_TERMINAL } from '../../support/test-db';
import { openAccounts, seedBatches } from '../../db/db-fixtures';

describe('ledger verification as a use case', () => {
  it('keeps the last summary in the database, where a fresh reader (a restarted app) finds it', async () => {
    const { db, store, mac, clock } = await openTestLedger();
    try {
      await seedBatches(store, await openAccounts(store), { batches: 3 });
      const ports = { db, mac, terminalId: TEST_TERMINAL, clock };
      expect(await lastVerify(ports)()).toBeNull();
      const events: EventSink = { emit: () => undefined };
      const summary = await verifyLedger({ ...ports, events })();
      expect(summary).toMatchObject({ ok: true, firstBadSeq: null });
      expect(await lastVerify({ db, mac, terminalId: TEST_TERMINAL })()).toEqual(summary);
    } finally {
      await db.close();
    }
  });

  it('is single-flight: a call while one runs shares it instead of walking the chain again', async () => {
    const { db, store, mac, clock } = await openTestLedger();
    try {
      await seedBatches(store, await openAccounts(store), { batches: 3 });
      let walks = 0;
      const events: EventSink = { emit: (name, payload) => {
        if (name === 'ledger.verifyProgress' && (payload as { verified: number }).verified > 0) walks += 1;
      } };
      const verify = verifyLedger({ db, mac, terminalId: TEST_TERMINAL, clock, events });
      const [a, b] = await Promise.all([verify(), verify()]);
      expect(a).toBe(b);
      expect(walks).toBe(1);
      await verify();
      expect(walks).toBe(2);
    } finally {
      await db.close();
    }
  });
});
