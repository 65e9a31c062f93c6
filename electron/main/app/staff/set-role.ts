import type { Input, Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { PRIVILEGED_PIN_MESSAGE } from '../../../../shared/ipc/contract/staff';
import type { Caller } from '../../core/staff/caller';
import { appendAudit } from '../../db/repositories/audit.repo';
import { findStaffById, updateRole } from '../../db/repositories/staff.repo';
import { secretFitsPrivileged } from '../../db/staff-secret';
import type { AuditPorts, RecordAudit } from '../audit/record-audit';
import { staffView } from './staff-view';

export type SetRole = (input: Input<'staff.setRole'>, caller: Caller, origin: string) => Promise<Result<Output<'staff.setRole'>>>;

/** Changes another staff member's role, audited in the same transaction. */
export function setRole(ports: AuditPorts & { readonly audit: RecordAudit }): SetRole {
  return async (input, caller, origin) => {
    if (input.targetStaffId === caller.staffId) {
      await ports.audit({
        kind: 'audit.accessDenied', staffId: caller.staffId, origin,
        detail: { method: 'staff.setRole', code: 'forbidden', reason: 'you cannot change your own role' },
      });
      return err('forbidden', 'you cannot change your own role');
    }
    const nowMs = ports.clock.nowMs();
    const record = await ports.db.tx.write(async (tx) => {
      // A promotion cannot see the secret; only whether it was set strong enough for the role.
      const target = await findStaffById(tx, input.targetStaffId);
      if (target && input.role !== 'cashier' && !secretFitsPrivileged(target.secret)) return 'weak_secret' as const;
      if (!(await updateRole(tx, ports.mac, input.targetStaffId, input.role, nowMs))) return undefined;
      await appendAudit(tx, ports.mac, {
        kind: 'audit.roleChanged', staffId: caller.staffId, detail: { targetStaffId: input.targetStaffId, role: input.role }, origin,
      }, nowMs);
      return findStaffById(tx, input.targetStaffId);
    });
    if (record === 'weak_secret') return err('invalid_input', `secret: ${PRIVILEGED_PIN_MESSAGE}; reset their PIN first`);
    return record ? ok(staffView(record)) : err('not_found', 'no such staff member');
  };
}
