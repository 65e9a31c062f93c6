import { beforeEach, describe, expect, it } from 'vitest';

import { resetSecretApproval } from '../../shared/ipc/contract/staff';
import { addStaff, loadStaff, resetStaffSecret, setStaffDisabled } from '../../renderer/src/features/staff-admin/staff-admin.actions';
import { useStaffAdminStore } from '../../renderer/src/features/staff-admin/staff-admin.store';
import type { StaffMember } from '../../renderer/src/features/staff-admin/staff-admin.store';
import { emptyAddForm, emptyResetForm, mayChangeRole, mayManage, validateAdd, validateReset } from '../../renderer/src/features/staff-admin/staff-forms';
import { resetSessionStores } from '../../renderer/src/lib/session-scope';
import { fail, fakeApi, ok } from './fake-transport';

const member = (over: Partial<StaffMember>): StaffMember => ({
  id: '01900000-0000-7000-8000-0000000000a1', displayName: 'Bea', staffCode: 'bea', role: 'cashier',
  secretKind: 'pin', disabled: false, lockedUntilMs: null, ...over,
});
const BEA = member({});
const ZED = member({ id: '01900000-0000-7000-8000-0000000000a2', displayName: 'Zed', staffCode: 'zed', role: 'manager' });
const ANN = member({ id: '01900000-0000-7000-8000-0000000000a3', displayName: 'Ann', staffCode: 'ann' });
const APPROVAL = '01900000-0000-7000-8000-0000000000f1';

beforeEach(() => resetSessionStores());

describe('staff admin store and actions', () => {
  it('loads the list; a change replaces its row or adds it in name order, with a notice', async () => {
    await loadStaff(fakeApi({ 'staff.list': () => ok([BEA, ZED]) }).api);
    expect(useStaffAdminStore.getState()).toMatchObject({ staff: [BEA, ZED], loading: false, error: null });
    await addStaff(fakeApi({ 'staff.create': () => ok(ANN) }).api, { displayName: 'Ann', staffCode: 'ann', role: 'cashier', secretKind: 'pin', secret: '1234' });
    expect(useStaffAdminStore.getState().staff?.map((m) => m.staffCode)).toEqual(['ann', 'bea', 'zed']);
    const disabled = { ...BEA, disabled: true };
    const { api, calls } = fakeApi({ 'staff.setDisabled': () => ok(disabled) });
    await setStaffDisabled(api, BEA, true);
    expect(calls).toEqual([{ key: 'staff.setDisabled', input: { targetStaffId: BEA.id, disabled: true } }]);
    expect(useStaffAdminStore.getState().staff?.find((m) => m.id === BEA.id)?.disabled).toBe(true);
    expect(useStaffAdminStore.getState().notice).toEqual({ kind: 'disabled', member: disabled });
  });

  it('a failed load keeps the error for the screen', async () => {
    await loadStaff(fakeApi({ 'staff.list': () => fail('forbidden') }).api);
    expect(useStaffAdminStore.getState().error?.code).toBe('forbidden');
  });

  it('reset asks for the approval of exactly this member, then presents it once with the new secret', async () => {
    await loadStaff(fakeApi({ 'staff.list': () => ok([BEA]) }).api);
    const { api, calls } = fakeApi({
      'approval.grant': () => ok({ approvalId: APPROVAL, approverName: 'Zed', expiresAtMs: 1 }),
      'staff.resetSecret': () => ok(BEA),
    });
    await resetStaffSecret(api, BEA, { secretKind: 'pin', secret: '5151', managerCode: 'zed', managerSecret: '135792' });
    expect(calls).toEqual([
      { key: 'approval.grant', input: { request: resetSecretApproval(BEA.id), managerCode: 'zed', managerSecret: '135792' } },
      { key: 'staff.resetSecret', input: { targetStaffId: BEA.id, secretKind: 'pin', secret: '5151', approvalId: APPROVAL } },
    ]);
    expect(useStaffAdminStore.getState().notice?.kind).toBe('reset');
  });

  it('a refused approval stops before the reset, and rejects for the dialog', async () => {
    const { api, calls } = fakeApi({ 'approval.grant': () => fail('bad_credentials') });
    await expect(resetStaffSecret(api, BEA, { secretKind: 'pin', secret: '5151', managerCode: 'zed', managerSecret: 'x' }))
      .rejects.toMatchObject({ code: 'bad_credentials' });
    expect(calls.map((c) => c.key)).toEqual(['approval.grant']);
  });

  it('an answer after a sign-out does not refill the list', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const pending = loadStaff(fakeApi({ 'staff.list': () => new Promise((resolve) => (answer = resolve)) }).api);
    resetSessionStores();
    answer(ok([BEA]));
    await pending;
    expect(useStaffAdminStore.getState().staff).toBeNull();
  });
});

describe('staff forms', () => {
  it('check with the shared rules: a manager PIN needs 6 digits, a cashier PIN 4', () => {
    const form = { ...emptyAddForm(), displayName: 'Ann', staffCode: 'ann', secret: '1234', secretConfirm: '1234' };
    expect(validateAdd(form)).toEqual({ displayName: null, staffCode: null, secret: null, secretConfirm: null });
    expect(validateAdd({ ...form, role: 'manager' }).secret).toEqual({ code: 'pin' });
    expect(validateAdd({ ...form, staffCode: 'a b', secretConfirm: '4321' })).toMatchObject({ staffCode: { code: 'staffCode' }, secretConfirm: { code: 'mismatch' } });
    const reset = { ...emptyResetForm(), secret: '1234', secretConfirm: '1234', managerCode: 'zed', managerSecret: '' };
    expect(validateReset(reset, BEA)).toMatchObject({ secret: null, managerSecret: { code: 'required' } });
    expect(validateReset(reset, ZED).secret).toEqual({ code: 'pin' });
  });

  it('offer actions the way main decides them: never oneself, a manager only cashiers, roles by the owner', () => {
    const manager = { id: ZED.id, role: 'manager' as const };
    const owner = { id: 'o', role: 'owner' as const };
    expect([mayManage(manager, BEA), mayManage(manager, ZED), mayManage(manager, member({ id: 'x', role: 'owner' }))]).toEqual([true, false, false]);
    expect([mayManage(owner, ZED), mayManage(owner, member({ id: 'o', role: 'owner' }))]).toEqual([true, false]);
    expect([mayChangeRole(owner, BEA), mayChangeRole(manager, BEA), mayChangeRole(owner, member({ id: 'o' }))]).toEqual([true, false, false]);
  });
});
