import type { Input, Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { appendAudit } from '../../db/repositories/audit.repo';
import { findStaffById, updateRole } from '../../db/repositories/staff.repo';
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
      if (!(await updateRole(tx, ports.mac, input.targetStaffId, input.role, nowMs))) return undefined;
      await appendAudit(tx, ports.mac, {
        kind: 'audit.roleChanged', staffId: caller.staffId, detail: { targetStaffId: input.targetStaffId, role: input.role }, origin,
      }, nowMs);
      return findStaffById(tx, input.targetStaffId);
    });
    return record ? ok(staffView(record)) : err('not_found', 'no such staff member');
  };
}
