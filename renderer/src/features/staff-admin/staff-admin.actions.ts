import type { Api } from '../../api/client';
import type { Input } from '../../../../shared/ipc/contract';
import type { Role } from '../../../../shared/domain/roles';
import { resetSecretApproval } from '../../../../shared/ipc/contract/staff';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { useStaffAdminStore } from './staff-admin.store';
import type { StaffMember, StaffNotice } from './staff-admin.store';

export async function loadStaff(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  useStaffAdminStore.getState().start();
  try {
    const staff = await api.call('staff.list', {});
    if (epoch === sessionEpoch()) useStaffAdminStore.getState().succeed(staff);
  } catch (error) {
    if (epoch === sessionEpoch()) useStaffAdminStore.getState().fail(toClientError(error));
  }
}

/** Applies main's answer to a change, unless the session ended while it was on its way. */
function applied(epoch: number, kind: StaffNotice['kind'], member: StaffMember): StaffMember {
  if (epoch === sessionEpoch()) useStaffAdminStore.getState().changed({ kind, member });
  return member;
}

/** staff.create; rejects with the ClientError for the form to show. */
export async function addStaff(api: Api, input: Input<'staff.create'>): Promise<StaffMember> {
  const epoch = sessionEpoch();
  return applied(epoch, 'created', await api.call('staff.create', input));
}

export async function changeRole(api: Api, target: StaffMember, role: Role): Promise<StaffMember> {
  const epoch = sessionEpoch();
  return applied(epoch, 'role', await api.call('staff.setRole', { targetStaffId: target.id, role }));
}

export async function setStaffDisabled(api: Api, target: StaffMember, disabled: boolean): Promise<StaffMember> {
  const epoch = sessionEpoch();
  const member = await api.call('staff.setDisabled', { targetStaffId: target.id, disabled });
  return applied(epoch, disabled ? 'disabled' : 'enabled', member);
}

export type ResetRequest = {
  readonly secretKind: 'pin' | 'password';
  readonly secret: string;
  readonly managerCode: string;
  readonly managerSecret: string;
};

/**
 * A second manager approves the reset of exactly this member's secret (approval.grant), then
 * the approval is presented once with the new secret (staff.resetSecret).
 */
export async function resetStaffSecret(api: Api, target: StaffMember, request: ResetRequest): Promise<StaffMember> {
  const epoch = sessionEpoch();
  const { approvalId } = await api.call('approval.grant', {
    request: resetSecretApproval(target.id), managerCode: request.managerCode, managerSecret: request.managerSecret,
  });
  const member = await api.call('staff.resetSecret', {
    targetStaffId: target.id, secretKind: request.secretKind, secret: request.secret, approvalId,
  });
  return applied(epoch, 'reset', member);
}
