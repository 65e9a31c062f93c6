import type { Output } from '../../../../shared/ipc/contract';
import { password, pin } from '../../../../shared/ipc/schemas';
import type { StaffRecord } from '../../db/repositories/staff.repo';

/** A staff member as the renderer sees it: never the secret hash. */
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

/** A PIN must be digits, a password long with letters and digits: checked by its kind. */
export function secretProblem(kind: 'pin' | 'password', secret: string): string | undefined {
  const parsed = (kind === 'pin' ? pin : password).safeParse(secret);
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'invalid secret');
}
