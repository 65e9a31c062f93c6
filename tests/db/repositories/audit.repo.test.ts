import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/main/db/repositories/audit.repo';
import { verifyLedger } from '../../../electron/main/db/verify';
import { newId } from '../../../shared/domain/ids';
import { NOTE_CHARS_MAX } from '../../../shared/ipc/limits';
import { openTestLedger } from '../../support/test-db';

describe('audit rows', () => {
  it('record the longest subject the contract accepts, even all control characters (found by the fuzz, seed 946997768)', async () => {
    const { db, mac, clock } = await openTestLedger();
    try {
      const subject = '\u0001'.repeat(NOTE_CHARS_MAX);
      await db.tx.write((tx) => appendAudit(tx, mac, {
        kind: 'audit.approvalRefused', staffId: newId(), origin: 'ipc', detail: { action: 'sale.refund', subject, reason: 'r'.repeat(NOTE_CHARS_MAX) },
      }, clock.nowMs()));
      const row = await db.tx.read((tx) => tx.get('SELECT detail FROM audit'));
      expect(JSON.parse(String(row?.['detail']))).toMatchObject({ subject });
      expect((await verifyLedger(db, mac)).ok).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('refuses a detail that does not fit its kind, before anything is written', async () => {
    const { db, mac, clock } = await openTestLedger();
    try {
      const wrong = { kind: 'audit.roleChanged', staffId: null, origin: 'ipc', detail: { targetStaffId: 'x', role: 'king' } } as never;
      await expect(db.tx.write((tx) => appendAudit(tx, mac, wrong, clock.nowMs()))).rejects.toThrow();
      expect(await db.tx.read((tx) => tx.get('SELECT count(*) AS n FROM journal'))).toEqual({ n: 0 });
    } finally {
      await db.close();
    }
  });
});
