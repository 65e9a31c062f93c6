import { err, type Result } from '../../../../shared/domain/result';
import { ROLE_RANK, type Role } from '../../../../shared/domain/roles';
import type { StaffSession } from '../../core/staff/session';
import type { RecordAudit } from '../audit/record-audit';
import type { SignIn } from './sign-in';
import { signOut } from './sign-out';

export type ConfirmInPersonPorts = { readonly signIn: SignIn; readonly session: StaffSession; readonly audit: RecordAudit };

export type ConfirmInPersonInput = {
  readonly staffCode: string;
  readonly secret: string;
  readonly origin: string;
  /** The weakest role that may confirm. */
  readonly minRole: Role;
  /** What is being confirmed, for the audit of a refusal (`anchor.rollback_accepted`, `restore`). */
  readonly method: string;
};

/**
 * A staff member confirms a maintenance step in person (the CLI's accept-rollback and restore):
 * signed in through the till's own check (lockout, rate limit, audit), held to a role, then signed
 * out again (audited) whatever `act` does. Returns what `act` returned.
 */
export async function confirmInPerson<T>(
  ports: ConfirmInPersonPorts, input: ConfirmInPersonInput, act: (staffId: string) => Promise<Result<T>>,
): Promise<Result<T>> {
  const signedIn = await ports.signIn({ staffCode: input.staffCode, secret: input.secret }, input.origin);
  if (!signedIn.ok) return signedIn;
  const staff = ports.session.activeStaff();
  try {
    if (!staff) return err('unauthenticated', 'the sign-in did not hold');
    if (ROLE_RANK[staff.role] < ROLE_RANK[input.minRole]) {
      const reason = input.minRole === 'owner' ? 'an owner must confirm' : 'a manager or owner must confirm';
      await ports.audit({ kind: 'audit.accessDenied', staffId: staff.staffId, origin: input.origin, detail: { method: input.method, code: 'forbidden', reason } });
      return err('forbidden', input.minRole === 'owner' ? 'only an owner may confirm this' : 'only a manager or an owner may confirm this');
    }
    return await act(staff.staffId);
  } finally {
    await signOut({ session: ports.session, audit: ports.audit })(input.origin);
  }
}
