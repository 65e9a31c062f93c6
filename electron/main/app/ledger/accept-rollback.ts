import type { AuditDetail } from '../../../../shared/domain/audit-kinds';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { ROLE_RANK } from '../../../../shared/domain/roles';
import type { StaffSession } from '../../core/staff/session';
import type { Database } from '../../db/connection';
import type { OpenDataDir } from '../../db/data-dir';
import { readChainHead } from '../../db/repositories/journal.repo';
import type { RecordAudit } from '../audit/record-audit';
import type { SignIn } from '../staff/sign-in';
import { signOut } from '../staff/sign-out';

export type AnchorResetCause = AuditDetail<'audit.anchorReset'>['cause'];

export type AcceptRollbackPorts = {
  /** Opened with `onRollback: 'report'`: the finding is in `rollback`, the anchor untouched. */
  readonly dataDir: Pick<OpenDataDir, 'rollback' | 'reanchor'>;
  readonly signIn: SignIn;
  readonly session: StaffSession;
  readonly audit: RecordAudit;
  readonly db: Database;
};

export type AnchorResetInput = {
  readonly staffCode: string;
  readonly secret: string;
  readonly origin: string;
  readonly cause: AnchorResetCause;
};

export type AnchorReset = { readonly headSeq: number; readonly anchorSeq: number | null; readonly staffId: string };
export type AcceptRollback = (input: AnchorResetInput) => Promise<Result<AnchorReset>>;

/**
 * The manager-confirmed way forward from a `database_rolled_back` refusal (docs/security.md §6.1),
 * and the last step of a restore: a manager or owner signs in with their code and secret (the
 * same check, lockout and audit as at the till), the reset is audited as `audit.anchorReset` in
 * the journal of the database being accepted, and only then is the anchor moved to its head.
 * The caller asked the operator to confirm before calling; the session is ended (and audited) afterwards.
 */
export function acceptRollback(ports: AcceptRollbackPorts): AcceptRollback {
  return async (input) => {
    const finding = ports.dataDir.rollback;
    if (input.cause === 'rollback_accepted' && !finding) {
      return err('invalid_input', 'nothing to accept: the database is not older than its anchor');
    }
    const signedIn = await ports.signIn({ staffCode: input.staffCode, secret: input.secret }, input.origin);
    if (!signedIn.ok) return signedIn;
    const staff = ports.session.activeStaff();
    try {
      if (!staff) return err('unauthenticated', 'the sign-in did not hold');
      if (ROLE_RANK[staff.role] < ROLE_RANK.manager) {
        await ports.audit({
          kind: 'audit.accessDenied', staffId: staff.staffId, origin: input.origin,
          detail: { method: `anchor.${input.cause}`, code: 'forbidden', reason: 'a manager or owner must confirm' },
        });
        return err('forbidden', 'only a manager or an owner may confirm this');
      }
      const anchorSeq = finding?.anchorSeq ?? null;
      const headSeq = (await ports.db.tx.read(readChainHead))?.lastSeq ?? 0;
      await ports.audit({
        kind: 'audit.anchorReset', staffId: staff.staffId, origin: input.origin,
        detail: { cause: input.cause, finding: finding?.reason ?? null, headSeq, anchorSeq },
      });
      await ports.dataDir.reanchor();
      return ok({ headSeq, anchorSeq, staffId: staff.staffId });
    } finally {
      // Signed out as at the till (audited); after the reset the anchor follows that entry too.
      await signOut({ session: ports.session, audit: ports.audit })(input.origin);
    }
  };
}
