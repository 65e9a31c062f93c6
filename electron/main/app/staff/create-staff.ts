import type { Input, Output } from '../../../../shared/ipc/contract';
import { newId } from '../../../../shared/domain/ids';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { appendAudit } from '../../db/repositories/audit.repo';
import { findStaffById, insertStaff } from '../../db/repositories/staff.repo';
import type { StaffSecretHasher } from '../../db/staff-secret';
import type { AuditPorts, RecordAudit } from '../audit/record-audit';
import { secretProblem, staffView } from './staff-view';

export type CreateStaff = (input: Input<'staff.create'>, caller: Caller, origin: string) => Promise<Result<Output<'staff.create'>>>;

/** A new staff member with its audit row; only an owner creates an owner. */
export function createStaff(ports: AuditPorts & { readonly hasher: StaffSecretHasher; readonly audit: RecordAudit }): CreateStaff {
  return async (input, caller, origin) => {
    const problem = secretProblem(input.secretKind, input.secret);
    if (problem) return err('invalid_input', `secret: ${problem}`);
    if (input.role === 'owner' && caller.role !== 'owner') {
      await ports.audit({
        kind: 'audit.accessDenied', staffId: caller.staffId, origin,
        detail: { method: 'staff.create', code: 'forbidden', reason: 'only an owner can create an owner' },
      });
      return err('forbidden', 'only an owner can create an owner');
    }
    const id = newId();
    const secret = await ports.hasher.hash(id, input.secret);
    const nowMs = ports.clock.nowMs();
    const created = await ports.db.tx.write(async (tx) => {
      const outcome = await insertStaff(tx, ports.mac, { id, staffCode: input.staffCode, displayName: input.displayName, role: input.role, secretKind: input.secretKind, secret }, nowMs);
      if (outcome === 'created') {
        await appendAudit(tx, ports.mac, { kind: 'audit.staffCreated', staffId: caller.staffId, detail: { targetStaffId: id, role: input.role }, origin }, nowMs);
      }
      return outcome === 'created' ? findStaffById(tx, id) : undefined;
    });
    return created ? ok(staffView(created)) : err('invalid_input', 'staffCode: this staff code is taken');
  };
}
