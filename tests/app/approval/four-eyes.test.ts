import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import type { Result } from '../../../shared/domain/result';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';
import { CASHIER, MANAGER } from '../../ipc/samples';

/** Issue 7 §1 approvals: two people, grants bound to the requester's session, audited as what they are. */
const REFUND = { action: 'sale.refund', subject: '{"saleId":"s-1","amountMinor":1999}' };

let t: TestApp;
let owner: StaffSeed;
let manager: StaffSeed;
let cashier: StaffSeed;

afterEach(async () => t.close());

async function seeded(): Promise<void> {
  t = await createTestApp();
  const seededStaff = await setupWithStaff(t, [
    { ...MANAGER, role: 'manager' },
    { ...CASHIER, role: 'cashier' },
  ]);
  owner = seededStaff.owner;
  [manager, cashier] = seededStaff.members as [StaffSeed, StaffSeed];
}

const grant = (approver: { staffCode: string; secret: string }) =>
  t.call('approval.grant', { request: REFUND, managerCode: approver.staffCode, managerSecret: approver.secret });

const consumeAs = (who: StaffSeed, approvalId: string) =>
  t.app.useCases.consumeApproval(approvalId, REFUND.action, REFUND.subject, { staffId: who.id, role: who.role, displayName: who.staffCode }, 'ipc');

async function auditAfter(seq: number): Promise<{ kind: string; detail: Record<string, unknown> }[]> {
  const rows = await t.db.tx.read((tx) => tx.all('SELECT j.kind, a.detail FROM audit a JOIN journal j ON j.seq = a.seq WHERE a.seq > ? ORDER BY a.seq', [seq]));
  return rows.map((r) => ({ kind: String(r['kind']), detail: JSON.parse(String(r['detail'])) as Record<string, unknown> }));
}

async function step(run: () => Promise<Result<unknown>>) {
  const seq = (await t.mark()).headSeq;
  const reply = await run();
  return { reply, audit: await auditAfter(seq) };
}

describe('four eyes', () => {
  it('a manager cannot approve their own request: forbidden, audited, no grant', async () => {
    await seeded();
    await signInAs(t, manager);
    const { reply, audit } = await step(() => grant(MANAGER));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(audit).toEqual([{ kind: 'audit.approvalRefused', detail: { ...REFUND, reason: 'four eyes: the approver is the requester' } }]);
    // Another manager (the owner) may.
    expectOk(await grant({ staffCode: owner.staffCode, secret: owner.secret }));
  });

  it('only an owner sets the self-approval policy; then a self-approval is granted and audited as such', async () => {
    await seeded();
    await signInAs(t, manager);
    const refused = await step(() => t.call('settings.update', { allowSelfApproval: true }));
    expect(refused.reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(refused.audit.map((r) => r.kind)).toEqual(['audit.accessDenied']);
    await signInAs(t, owner);
    const set = await step(() => t.call('settings.update', { allowSelfApproval: true }));
    expect(set.reply).toMatchObject({ ok: true, value: { allowSelfApproval: true } });
    expect(set.audit).toEqual([{ kind: 'audit.settingsChanged', detail: { keys: ['allowSelfApproval'] } }]);

    await signInAs(t, manager);
    const self = await step(() => grant(MANAGER));
    const { approvalId } = expectOk<{ approvalId: string }>(self.reply);
    expect(self.audit).toEqual([{
      kind: 'audit.approvalGranted',
      detail: { ...REFUND, requesterId: manager.id, approvalId, selfApproved: true },
    }]);
    expect(expectOk(await consumeAs(manager, approvalId))).toMatchObject({ approverId: manager.id, requesterId: manager.id });
    // A grant by someone else is not marked.
    await signInAs(t, cashier);
    const other = await step(() => grant(MANAGER));
    expect(other.audit[0]?.detail).not.toHaveProperty('selfApproved');
  });
});

describe('a grant dies with the requester’s session', () => {
  it.each([
    ['sign-out and sign-in again', async () => {
      expectOk(await t.call('staff.signOut', {}));
      await signInAs(t, cashier);
    }],
    ['a manual lock and unlock', async () => {
      expectOk(await t.call('staff.lock', {}));
      expectOk(await t.call('staff.unlock', { secret: CASHIER.secret }));
    }],
    ['the idle lock and unlock', async () => {
      t.clock.advance(15 * 60_000);
      expect(await t.call('staff.session', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
      expectOk(await t.call('staff.unlock', { secret: CASHIER.secret }));
    }],
    ['another staff member signing in over it, then the requester again', async () => {
      await signInAs(t, manager);
      await signInAs(t, cashier);
    }],
  ] as const)('%s', async (_label, endSession) => {
    await seeded();
    await signInAs(t, cashier);
    const { approvalId } = expectOk<{ approvalId: string }>(await grant(MANAGER));
    await endSession();
    const { reply, audit } = await step(() => consumeAs(cashier, approvalId));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(audit.map((r) => r.kind)).toEqual(['audit.approvalRefused']);
  });

  it('without the session ending, the same grant is used once (control)', async () => {
    await seeded();
    await signInAs(t, cashier);
    const { approvalId } = expectOk<{ approvalId: string }>(await grant(MANAGER));
    expect((await consumeAs(cashier, approvalId)).ok).toBe(true);
    expect((await consumeAs(cashier, newId())).ok).toBe(false);
  });
});

describe('an approval check is audited as one, and is not a sign-in', () => {
  it('a passed check writes the grant only, and leaves the approver’s failure count alone', async () => {
    await seeded();
    expectOk(await t.call('staff.signOut', {}));
    for (let i = 0; i < 2; i += 1) await t.call('staff.signIn', { staffCode: MANAGER.staffCode, secret: '000000' });
    expect((await t.findStaff(manager.id))?.failedAttempts).toBe(2);
    await signInAs(t, cashier);
    const { reply, audit } = await step(() => grant(MANAGER));
    expect(reply.ok).toBe(true);
    expect(audit.map((r) => r.kind)).toEqual(['audit.approvalGranted']);
    expect((await t.findStaff(manager.id))?.failedAttempts).toBe(2);
  });

  it('a failed check is audit.approvalCheckFailed with the action and attempt number, never audit.signInFailed', async () => {
    await seeded();
    await signInAs(t, cashier);
    const { audit } = await step(() => grant({ staffCode: MANAGER.staffCode, secret: '000000' }));
    expect(audit).toEqual([{ kind: 'audit.approvalCheckFailed', detail: { ...REFUND, reason: 'wrong_secret', attempt: 1 } }]);
  });
});
