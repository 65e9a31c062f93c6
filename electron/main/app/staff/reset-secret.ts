import type { Input, Output } from '../../../../shared/ipc/contract';
import { PRIVILEGED_PIN_DIGITS_MIN, PRIVILEGED_PIN_MESSAGE, resetSecretApproval } from '../../../../shared/ipc/contract/staff';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { appendAudit } from '../../db/repositories/audit.repo';
import { findStaffById, replaceSecret } from '../../db/repositories/staff.repo';
import type { StaffSecretHasher } from '../../db/staff-secret';
import type { ConsumeApproval } from '../approval/consume-approval';
import type { AuditPorts, RecordAudit } from '../audit/record-audit';
import { managementRefusal } from './set-disabled';
import { secretProblem, staffView } from './staff-view';

export type ResetSecret = (input: Input<'staff.resetSecret'>, caller: Caller, origin: string) => Promise<Result<Output<'staff.resetSecret'>>>;

export type ResetSecretPorts = AuditPorts & {
  readonly hasher: StaffSecretHasher; readonly audit: RecordAudit; readonly consumeApproval: ConsumeApproval;
};

/**
 * A new PIN or password for another staff member, which also clears their lockout. Needs a
 * second manager's one-shot approval for exactly this target (`resetSecretApproval`); the input
 * is checked first, so a refused PIN does not burn the approval.
 */
export function resetSecret(ports: ResetSecretPorts): ResetSecret {
  const refuse = async (caller: Caller, origin: string, reason: string) => {
    await ports.audit({ kind: 'audit.accessDenied', staffId: caller.staffId, origin, detail: { method: 'staff.resetSecret', code: 'forbidden', reason } });
    return err('forbidden', reason);
  };
  return async (input, caller, origin) => {
    const { targetStaffId, secretKind, secret, approvalId } = input;
    if (targetStaffId === caller.staffId) return refuse(caller, origin, 'you cannot do this to yourself');
    const target = await ports.db.tx.read((tx) => findStaffById(tx, targetStaffId));
    if (!target) return err('not_found', 'no such staff member');
    const refusal = managementRefusal(caller, target);
    if (refusal) return refuse(caller, origin, refusal);
    const problem = secretProblem(secretKind, secret);
    if (problem) return err('invalid_input', `secret: ${problem}`);
    if (secretKind === 'pin' && target.role !== 'cashier' && secret.length < PRIVILEGED_PIN_DIGITS_MIN) {
      return err('invalid_input', `secret: ${PRIVILEGED_PIN_MESSAGE}`);
    }
    const { action, subject } = resetSecretApproval(targetStaffId);
    const approval = await ports.consumeApproval(approvalId, action, subject, caller, origin);
    if (!approval.ok) return approval;
    const hash = await ports.hasher.hash(targetStaffId, secret);
    const nowMs = ports.clock.nowMs();
    const record = await ports.db.tx.write(async (tx) => {
      if (!(await replaceSecret(tx, ports.mac, targetStaffId, secretKind, hash, nowMs))) return undefined;
      await appendAudit(tx, ports.mac, {
        kind: 'audit.secretReset', staffId: caller.staffId, origin,
        detail: { targetStaffId, secretKind, approvalId: approval.value.approvalId, approverId: approval.value.approverId },
      }, nowMs);
      return findStaffById(tx, targetStaffId);
    });
    return record ? ok(staffView(record)) : err('not_found', 'no such staff member');
  };
}
