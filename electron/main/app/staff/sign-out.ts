import type { Output } from '../../../../shared/ipc/contract';
import type { StaffSession } from '../../core/staff/session';
import type { RecordAudit } from '../audit/record-audit';
import { sessionView } from './session-view';

export type SignOut = (origin: string) => Promise<Output<'staff.session'>>;

export function signOut(ports: { readonly session: StaffSession; readonly audit: RecordAudit }): SignOut {
  return async (origin) => {
    const holder = ports.session.holder();
    if (holder) await ports.audit({ kind: 'audit.signOut', staffId: holder.staffId, detail: {}, origin });
    ports.session.signOut();
    return sessionView(ports.session);
  };
}
