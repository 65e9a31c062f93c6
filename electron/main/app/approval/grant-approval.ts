import type { Input, Output } from '../../../../shared/ipc/contract';
import { roleSatisfies } from '../../../../shared/ipc/method';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { ApprovalBook } from '../../core/staff/approval-book';
import type { Caller } from '../../core/staff/caller';
import { findStaffByCode } from '../../db/repositories/staff.repo';
import type { RecordAudit } from '../audit/record-audit';
import { checkSecret, type CheckSecretPorts } from '../staff/check-secret';

export type GrantApproval = (input: Input<'approval.grant'>, requester: Caller, origin: string) => Promise<Result<Output<'approval.grant'>>>;

/** A manager, standing at this terminal, approves one exact action for the signed-in requester. */
export function grantApproval(ports: CheckSecretPorts & { readonly approvals: ApprovalBook; readonly audit: RecordAudit }): GrantApproval {
  const check = checkSecret(ports);
  return async (input, requester, origin) => {
    const { action, subject } = input.request;
    const manager = await ports.db.tx.read((tx) => findStaffByCode(tx, input.managerCode));
    const checked = await check(manager, input.managerSecret, origin, `approval ${action}`);
    if (!checked.ok) return checked;
    if (!roleSatisfies(checked.value.role, 'manager')) {
      await ports.audit({
        kind: 'audit.approvalRefused', staffId: requester.staffId, origin,
        detail: { action, subject, reason: `approver ${checked.value.id} is ${checked.value.role}` },
      });
      return err('forbidden', 'approval needs a manager');
    }
    const approval = ports.approvals.grant({ action, subject, approverId: checked.value.id, requesterId: requester.staffId });
    await ports.audit({
      kind: 'audit.approvalGranted', staffId: checked.value.id, origin,
      detail: { action, subject, requesterId: requester.staffId, approvalId: approval.approvalId },
    });
    return ok({ approvalId: approval.approvalId, approverName: checked.value.displayName, expiresAtMs: approval.expiresAtMs });
  };
}
