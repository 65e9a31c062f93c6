import type { Input, Output } from '../../../../shared/ipc/contract';
import { roleSatisfies } from '../../../../shared/ipc/method';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { SettingsStore } from '../../core/settings/settings-store';
import type { ApprovalBook } from '../../core/staff/approval-book';
import type { Caller } from '../../core/staff/caller';
import { findStaffByCode } from '../../db/repositories/staff.repo';
import type { RecordAudit } from '../audit/record-audit';
import { currentSettings } from '../settings/read-settings';
import { anonymousReply, checkSecret, type CheckSecretPorts } from '../staff/check-secret';

export type GrantApproval = (input: Input<'approval.grant'>, requester: Caller, origin: string) => Promise<Result<Output<'approval.grant'>>>;

export type GrantApprovalPorts = CheckSecretPorts & {
  readonly approvals: ApprovalBook; readonly audit: RecordAudit; readonly settings: SettingsStore;
};

/**
 * A manager, standing at this terminal, approves one exact action for the signed-in requester.
 * Four eyes means two people: the approver may be the requester only when the owner's policy
 * (`allowSelfApproval`) says so, and such a grant is audited as self-approved.
 */
export function grantApproval(ports: GrantApprovalPorts): GrantApproval {
  const check = checkSecret(ports);
  return async (input, requester, origin) => {
    const { action, subject } = input.request;
    const checked = await check({
      find: () => ports.db.tx.read((tx) => findStaffByCode(tx, input.managerCode)),
      typedCode: input.managerCode, secret: input.managerSecret, origin, purpose: { kind: 'approval', action, subject },
    });
    if (!checked.ok) return anonymousReply(checked);
    const approver = checked.staff;
    const refuse = async (reason: string, message: string) => {
      await ports.audit({ kind: 'audit.approvalRefused', staffId: requester.staffId, origin, detail: { action, subject, reason } });
      return err('forbidden', message);
    };
    if (!roleSatisfies(approver.role, 'manager')) return refuse(`approver ${approver.id} is ${approver.role}`, 'approval needs a manager');
    const selfApproved = approver.id === requester.staffId;
    if (selfApproved && currentSettings(ports.settings).allowSelfApproval !== true) {
      return refuse('four eyes: the approver is the requester', 'approval needs a second person');
    }
    const approval = ports.approvals.grant({ action, subject, approverId: approver.id, requesterId: requester.staffId });
    await ports.audit({
      kind: 'audit.approvalGranted', staffId: approver.id, origin,
      detail: { action, subject, requesterId: requester.staffId, approvalId: approval.approvalId, ...(selfApproved ? { selfApproved: true as const } : {}) },
    });
    return ok({ approvalId: approval.approvalId, approverName: approver.displayName, expiresAtMs: approval.expiresAtMs });
  };
}
