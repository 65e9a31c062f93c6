import type { Output } from '../../../../shared/ipc/contract';
import { password, pin } from '../../../../shared/ipc/schemas';
import type { StaffRecord } from '../../db/repositories/staff.repo';
import type { AppContext } from './app-context';

export function staffView(record: StaffRecord): Output<'staff.list'>[number] {
  return {
    id: record.id,
    displayName: record.displayName,
    staffCode: record.staffCode,
    role: record.role,
    secretKind: record.secretKind,
    disabled: record.disabled,
    lockedUntilMs: record.lockedUntilMs,
  };
}

export function sessionView(app: AppContext): Output<'staff.session'> {
  const state = app.session.state();
  const holder = app.session.holder();
  return {
    state,
    staff: holder ? { id: holder.staffId, displayName: holder.displayName, role: holder.role } : null,
    idleLockMs: app.session.idleMs(),
  };
}

/** A PIN must be digits, a password long with letters and digits: checked by its kind. */
export function secretProblem(kind: 'pin' | 'password', secret: string): string | undefined {
  const parsed = (kind === 'pin' ? pin : password).safeParse(secret);
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'invalid secret');
}
