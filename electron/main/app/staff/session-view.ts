import type { Output } from '../../../../shared/ipc/contract';
import type { StaffSession } from '../../core/staff/session';

/** What the renderer may know of the session: state, who, and the idle lock. */
export function sessionView(session: StaffSession): Output<'staff.session'> {
  const holder = session.holder();
  return {
    state: session.state(),
    staff: holder ? { id: holder.staffId, displayName: holder.displayName, role: holder.role } : null,
    idleLockMs: session.idleMs(),
  };
}
