import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../../support/test-app';

/**
 * Managers and owners need a PIN of 6+ digits (issue 7 §1). A promotion cannot see a cashier's
 * PIN, only the mark set with its hash; a cashier whose PIN is shorter is not promoted until the
 * PIN is reset. The mark is chained with the staff state, so editing it is named by verify.
 */
let t: TestApp;
afterEach(async () => t.close());

describe('promotion to manager or owner', () => {
  it('refuses a cashier with a 4-digit PIN, promotes one with 6 digits or a password', async () => {
    t = await createTestApp();
    const { members } = await setupWithStaff(t, [
      { staffCode: 'short4', secret: '2468', role: 'cashier' },
      { staffCode: 'long6', secret: '246813', role: 'cashier' },
      { staffCode: 'word1', secret: 'correct horse 42', role: 'cashier' },
    ]);
    const [short, long, word] = members.map((m) => m.id);
    const promote = (id: string | undefined, role: 'manager' | 'owner') => t.call('staff.setRole', { targetStaffId: id, role });
    expect(await promote(short, 'manager')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('at least 6 digits') } });
    expect((await t.findStaff(short ?? ''))?.role).toBe('cashier');
    expectOk(await promote(long, 'manager'));
    expectOk(await promote(word, 'owner'));
    // Demotion needs nothing.
    expectOk(await t.call('staff.setRole', { targetStaffId: long, role: 'cashier' }));
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });
});
