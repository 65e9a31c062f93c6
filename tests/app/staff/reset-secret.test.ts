import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { resetSecretApproval } from '../../../shared/ipc/contract/staff';
import { CASHIER, MANAGER } from '../../ipc/samples';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';
import { auditAfter } from './staff-admin-helpers';

/** staff.resetSecret (issue 8 §4): a new secret for someone else, under a second manager's approval. */
let t: TestApp;
let owner: StaffSeed;
let manager: StaffSeed;
let cashier: StaffSeed;

afterEach(async () => t.close());

async function seeded(): Promise<void> {
  t = await createTestApp({ lockout: { maxFailedAttempts: 3 } });
  const s = await setupWithStaff(t, [{ ...MANAGER, role: 'manager' }, { ...CASHIER, role: 'cashier' }]);
  owner = s.owner;
  [manager, cashier] = s.members as [StaffSeed, StaffSeed];
}

/** `approver` grants the signed-in requester a reset of `target`'s secret. */
async function approve(target: StaffSeed, approver: StaffSeed): Promise<string> {
  const granted = await t.call('approval.grant', {
    request: resetSecretApproval(target.id), managerCode: approver.staffCode, managerSecret: approver.secret,
  });
  return expectOk<{ approvalId: string }>(granted).approvalId;
}
const reset = (target: StaffSeed, secret: string, approvalId: string) =>
  t.call('staff.resetSecret', { targetStaffId: target.id, secretKind: 'pin', secret, approvalId });
const headSeq = async () => (await t.mark()).headSeq;
const signInReply = (code: string, secret: string) => t.call('staff.signIn', { staffCode: code, secret });

describe('staff.resetSecret', () => {
  it('with a manager approval: the new PIN works, the old does not, the lockout is cleared, all audited', async () => {
    await seeded();
    for (let i = 0; i < 3; i += 1) await signInReply(CASHIER.staffCode, '000000');
    expect((await t.findStaff(cashier.id))?.lockedUntilMs).not.toBeNull();

    await signInAs(t, owner);
    const before = await headSeq();
    const approvalId = await approve(cashier, manager);
    const view = expectOk(await reset(cashier, '5151', approvalId));
    expect(view).toMatchObject({ id: cashier.id, secretKind: 'pin', lockedUntilMs: null });
    expect(JSON.stringify(view)).not.toContain('5151');
    expect(await auditAfter(t, before)).toEqual([
      { kind: 'audit.approvalGranted', staffId: manager.id, detail: { ...resetSecretApproval(cashier.id), requesterId: owner.id, approvalId } },
      { kind: 'audit.approvalUsed', staffId: owner.id, detail: { ...resetSecretApproval(cashier.id), approvalId, approverId: manager.id } },
      { kind: 'audit.secretReset', staffId: owner.id, detail: { targetStaffId: cashier.id, secretKind: 'pin', approvalId, approverId: manager.id } },
    ]);
    expect((await t.findStaff(cashier.id))?.failedAttempts).toBe(0);
    expect(await signInReply(CASHIER.staffCode, CASHIER.secret)).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    await signInAs(t, { staffCode: CASHIER.staffCode, secret: '5151' });
    // The audit holds no secret, and the new state was chained.
    const journal = await t.db.tx.read((tx) => tx.all('SELECT detail FROM audit'));
    expect(JSON.stringify(journal)).not.toContain('5151');
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('without an approval (none granted, or one for someone else): forbidden, and the secret stays', async () => {
    await seeded();
    await signInAs(t, owner);
    const before = await headSeq();
    const forged = newId();
    expect(await reset(cashier, '5151', forged)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await auditAfter(t, before)).toEqual([{
      kind: 'audit.approvalRefused', staffId: owner.id,
      detail: { ...resetSecretApproval(cashier.id), reason: `approval ${forged} not valid` },
    }]);
    // A grant for another target (the owner's, asked by the manager) does not reset the cashier.
    await signInAs(t, manager);
    const otherTarget = await t.call('approval.grant', {
      request: resetSecretApproval(owner.id), managerCode: owner.staffCode, managerSecret: owner.secret,
    });
    const retargeted = expectOk<{ approvalId: string }>(otherTarget).approvalId;
    expect(await reset(cashier, '5151', retargeted)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await signInAs(t, cashier); // the old PIN still works
  });

  it('a manager PIN under 6 digits is invalid_input and does not use up the approval', async () => {
    await seeded();
    await signInAs(t, owner);
    const approvalId = await approve(manager, manager);
    expect(await reset(manager, '5151', approvalId)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expectOk(await reset(manager, '515151', approvalId));
    await signInAs(t, { staffCode: MANAGER.staffCode, secret: '515151' });
  });

  it('not for oneself, and a manager resets only cashiers: forbidden and audited', async () => {
    await seeded();
    await signInAs(t, manager);
    const before = await headSeq();
    expect(await reset(manager, '515151', newId())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await reset(owner, '515151', newId())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await auditAfter(t, before)).map((row) => [row.kind, row.detail['reason']])).toEqual([
      ['audit.accessDenied', 'you cannot do this to yourself'],
      ['audit.accessDenied', 'only an owner can manage a manager or an owner'],
    ]);
    // The manager may reset a cashier, approved by the owner.
    const approvalId = await approve(cashier, owner);
    expectOk(await reset(cashier, '7272', approvalId));
  });
});
