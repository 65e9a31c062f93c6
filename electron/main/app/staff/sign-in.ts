import type { Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { StaffSession } from '../../core/staff/session';
import { findStaffByCode, findStaffById } from '../../db/repositories/staff.repo';
import type { EventSink } from '../event-sink';
import { checkSecret, type CheckSecretPorts } from './check-secret';
import { sessionView } from './session-view';

export type SessionPorts = CheckSecretPorts & { readonly session: StaffSession; readonly events: EventSink };

export type SignIn = (input: { staffCode: string; secret: string }, origin: string) => Promise<Result<Output<'staff.session'>>>;
export type Unlock = (input: { secret: string }, origin: string) => Promise<Result<Output<'staff.session'>>>;

export function signIn(ports: SessionPorts): SignIn {
  const check = checkSecret(ports);
  return async (input, origin) => {
    const staff = await ports.db.tx.read((tx) => findStaffByCode(tx, input.staffCode));
    const checked = await check(staff, input.secret, origin, input.staffCode);
    if (!checked.ok) return checked;
    ports.session.signIn({ staffId: checked.value.id, role: checked.value.role, displayName: checked.value.displayName });
    ports.events.emit('session.changed', { state: 'active' });
    return ok(sessionView(ports.session));
  };
}

/** Only the holder of a locked session unlocks it; a lockout while locked ends the session. */
export function unlock(ports: SessionPorts): Unlock {
  const check = checkSecret(ports);
  return async (input, origin) => {
    const holder = ports.session.holder();
    if (!holder || ports.session.state() !== 'locked') return err('unauthenticated', 'no locked session');
    const staff = await ports.db.tx.read((tx) => findStaffById(tx, holder.staffId));
    const checked = await check(staff, input.secret, origin, 'unlock');
    if (!checked.ok) {
      if (checked.error.code === 'account_locked') ports.session.signOut();
      return checked;
    }
    ports.session.unlock();
    ports.events.emit('session.changed', { state: 'active' });
    return ok(sessionView(ports.session));
  };
}
