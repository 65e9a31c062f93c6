import { afterEach, describe, expect, it } from 'vitest';
import { CASHIER, MANAGER, NOBODY_ID } from '../../ipc/samples';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';
import { auditAfter, callerOf } from './staff-admin-helpers';

/** staff.setDisabled (issue 8 §4, the Staff screen): who may disable whom, and what it does. */
let t: TestApp;
let owner: StaffSeed;
let manager: StaffSeed;
let cashier: StaffSeed;

afterEach(async () => t.close());

async function seeded(extra: readonly Omit<StaffSeed, 'id'>[] = []): Promise<StaffSeed[]> {
  t = await createTestApp();
  const s = await setupWithStaff(t, [{ ...MANAGER, role: 'manager' }, { ...CASHIER, role: 'cashier' }, ...extra]);
  owner = s.owner;
  [manager, cashier] = s.members as [StaffSeed, StaffSeed];
  return s.members.slice(2);
}

const setDisabled = (target: StaffSeed | string, disabled: boolean) =>
  t.call('staff.setDisabled', { targetStaffId: typeof target === 'string' ? target : target.id, disabled });
const headSeq = async () => (await t.mark()).headSeq;

describe('staff.setDisabled', () => {
  it('a manager disables a cashier: audited, the cashier cannot sign in; re-enabled, they can again', async () => {
    await seeded();
    await signInAs(t, manager);
    const before = await headSeq();
    const disabled = expectOk<{ disabled: boolean }>(await setDisabled(cashier, true));
    expect(disabled).toMatchObject({ id: cashier.id, disabled: true });
    expect(await auditAfter(t, before)).toEqual([
      { kind: 'audit.staffDisabled', staffId: manager.id, detail: { targetStaffId: cashier.id, disabled: true } },
    ]);
    expect((await t.findStaff(cashier.id))?.disabled).toBe(true);
    // The one answer for a disabled account (docs/security.md §7.3), the right secret included.
    expect(await t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: CASHIER.secret }))
      .toMatchObject({ ok: false, error: { code: 'bad_credentials' } });

    await signInAs(t, manager);
    const again = await headSeq();
    expect(expectOk(await setDisabled(cashier, false))).toMatchObject({ disabled: false });
    expect(await auditAfter(t, again)).toEqual([
      { kind: 'audit.staffDisabled', staffId: manager.id, detail: { targetStaffId: cashier.id, disabled: false } },
    ]);
    await signInAs(t, cashier);
    // The state change was chained: verify rebuilds the staff table from the journal.
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('nobody disables themselves: forbidden, audited, nothing changes', async () => {
    await seeded();
    const before = await headSeq();
    expect(await setDisabled(owner, true)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await auditAfter(t, before)).toEqual([{
      kind: 'audit.accessDenied', staffId: owner.id,
      detail: { method: 'staff.setDisabled', code: 'forbidden', reason: 'you cannot do this to yourself' },
    }]);
    expect((await t.findStaff(owner.id))?.disabled).toBe(false);
  });

  it('a manager may not disable a manager or an owner; an owner may disable a manager', async () => {
    const [second] = await seeded([{ staffCode: 'mgr2', secret: '864209', role: 'manager' }]);
    await signInAs(t, manager);
    const before = await headSeq();
    for (const target of [second as StaffSeed, owner]) {
      expect(await setDisabled(target, true)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await auditAfter(t, before)).map((row) => row.detail['reason'])).toEqual([
      'only an owner can manage a manager or an owner', 'only an owner can manage a manager or an owner',
    ]);
    await signInAs(t, owner);
    expect(expectOk(await setDisabled(manager, true))).toMatchObject({ disabled: true });
    // A cashier cannot reach the call at all (access manager).
    await signInAs(t, owner);
    expectOk(await setDisabled(manager, false));
    await signInAs(t, cashier);
    expect(await setDisabled(manager, true)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('the last enabled owner is never disabled (a second owner can be)', async () => {
    const [other] = (await seeded([{ staffCode: 'own2', secret: '864201', role: 'owner' }])) as [StaffSeed];
    const uc = t.app.useCases;
    // Two enabled owners: one may disable the other.
    expect(expectOk(await uc.setDisabled({ targetStaffId: owner.id, disabled: true }, callerOf(other), 'ipc'))).toMatchObject({ disabled: true });
    expectOk(await uc.setDisabled({ targetStaffId: owner.id, disabled: false }, callerOf(other), 'ipc'));
    // Disabling `owner` ended their session here; they sign in again.
    await signInAs(t, owner);
    // `other` is demoted while still holding an owner's session (a stale caller): now `owner` is
    // the only enabled owner and must stay enabled.
    expectOk(await t.call('staff.setRole', { targetStaffId: other.id, role: 'manager' }));
    const before = await headSeq();
    expect(await uc.setDisabled({ targetStaffId: owner.id, disabled: true }, callerOf(other), 'ipc'))
      .toMatchObject({ ok: false, error: { code: 'forbidden', message: 'the last enabled owner cannot be disabled' } });
    expect((await auditAfter(t, before)).map((row) => row.kind)).toEqual(['audit.accessDenied']);
    expect((await t.findStaff(owner.id))?.disabled).toBe(false);
  });

  it('a disabled holder of the terminal session is signed out', async () => {
    await seeded();
    await signInAs(t, cashier);
    expect(t.app.useCases.session.holder()?.staffId).toBe(cashier.id);
    expectOk(await t.app.useCases.setDisabled({ targetStaffId: cashier.id, disabled: true }, callerOf(owner), 'ipc'));
    expect(t.app.useCases.session.state()).toBe('signedOut');
  });

  it('an unknown staff member is not_found, and nothing is written', async () => {
    await seeded();
    const before = await headSeq();
    expect(await setDisabled(NOBODY_ID, true)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await headSeq()).toBe(before);
  });
});
