import type { Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { StaffSession } from '../../core/staff/session';
import { findStaffByCode, findStaffById } from '../../db/repositories/staff.repo';
import type { EventSink } from '../event-sink';
import { anonymousReply, checkSecret, holderReply, type CheckSecretPorts } from './check-secret';
import { sessionView } from './session-view';

export type SessionPorts = CheckSecretPorts & { readonly session: StaffSession; readonly events: EventSink };

export type SignIn = (input: { staffCode: string; secret: string }, origin: string) => Promise<Result<Output<'staff.session'>>>;
export type Unlock = (input: { secret: string }, origin: string) => Promise<Result<Output<'staff.session'>>>;

/** Any failure answers the same `bad_credentials` (see `anonymousReply`); the audit tells them apart. */
export function signIn(ports: SessionPorts): SignIn {
  const check = checkSecret(ports);
  return async (input, origin) => {
    const checked = await check({
      find: () => ports.db.tx.read((tx) => findStaffByCode(tx, input.staffCode)),
      typedCode: input.staffCode, secret: input.secret, origin, purpose: { kind: 'signIn' },
    });
    if (!checked.ok) return anonymousReply(checked);
    ports.session.signIn({ staffId: checked.staff.id, role: checked.staff.role, displayName: checked.staff.displayName });
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
    const checked = await check({
      find: () => ports.db.tx.read((tx) => findStaffById(tx, holder.staffId)),
      typedCode: null, secret: input.secret, origin, purpose: { kind: 'unlock' },
    });
    if (!checked.ok) {
      if (checked.reason === 'locked') ports.session.signOut();
      return holderReply(checked);
    }
    ports.session.unlock();
    ports.events.emit('session.changed', { state: 'active' });
    return ok(sessionView(ports.session));
  };
}
