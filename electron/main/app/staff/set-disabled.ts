import type { Input, Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import type { StaffSession } from '../../core/staff/session';
import { appendAudit } from '../../db/repositories/audit.repo';
import { countEnabledOwners, findStaffById, updateDisabled, type StaffRecord } from '../../db/repositories/staff.repo';
import type { AuditPorts, RecordAudit } from '../audit/record-audit';
import { staffView } from './staff-view';

export type SetDisabled = (input: Input<'staff.setDisabled'>, caller: Caller, origin: string) => Promise<Result<Output<'staff.setDisabled'>>>;

/**
 * Why `caller` may not manage `target` (disable, re-enable, reset a secret), or undefined when
 * they may: a manager manages cashiers, an owner manages everyone else (docs/security.md §7.1).
 */
export function managementRefusal(caller: Caller, target: Pick<StaffRecord, 'id' | 'role'>): string | undefined {
  if (target.id === caller.staffId) return 'you cannot do this to yourself';
  if (caller.role !== 'owner' && target.role !== 'cashier') return 'only an owner can manage a manager or an owner';
  return undefined;
}

type Outcome = { readonly kind: 'done'; readonly record: StaffRecord } | { readonly kind: 'missing' } | { readonly kind: 'refused'; readonly reason: string };

/**
 * Disables or re-enables another staff member, audited in the same transaction. The last
 * enabled owner is never disabled; a disabled holder of this terminal's session is signed out
 * (check-secret already refuses their sign-in, unlock and approvals).
 */
export function setDisabled(ports: AuditPorts & { readonly audit: RecordAudit; readonly session: StaffSession }): SetDisabled {
  const refuse = async (caller: Caller, origin: string, reason: string) => {
    await ports.audit({ kind: 'audit.accessDenied', staffId: caller.staffId, origin, detail: { method: 'staff.setDisabled', code: 'forbidden', reason } });
    return err('forbidden', reason);
  };
  return async (input, caller, origin) => {
    const { targetStaffId, disabled } = input;
    if (targetStaffId === caller.staffId) return refuse(caller, origin, 'you cannot do this to yourself');
    const nowMs = ports.clock.nowMs();
    const outcome = await ports.db.tx.write(async (tx): Promise<Outcome> => {
      const target = await findStaffById(tx, targetStaffId);
      if (!target) return { kind: 'missing' };
      const refusal = managementRefusal(caller, target);
      if (refusal) return { kind: 'refused', reason: refusal };
      // Counted in the same transaction as the write, so two owners cannot disable each other at once.
      if (disabled && target.role === 'owner' && (await countEnabledOwners(tx, target.id)) === 0) {
        return { kind: 'refused', reason: 'the last enabled owner cannot be disabled' };
      }
      await updateDisabled(tx, ports.mac, target.id, disabled, nowMs);
      await appendAudit(tx, ports.mac, { kind: 'audit.staffDisabled', staffId: caller.staffId, detail: { targetStaffId, disabled }, origin }, nowMs);
      return { kind: 'done', record: (await findStaffById(tx, target.id)) ?? target };
    });
    if (outcome.kind === 'missing') return err('not_found', 'no such staff member');
    if (outcome.kind === 'refused') return refuse(caller, origin, outcome.reason);
    if (disabled && ports.session.holder()?.staffId === targetStaffId) ports.session.signOut();
    return ok(staffView(outcome.record));
  };
}
