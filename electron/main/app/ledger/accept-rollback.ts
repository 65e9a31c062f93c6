import type { AuditDetail } from '../../../../shared/domain/audit-kinds';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { StaffSession } from '../../core/staff/session';
import type { Database } from '../../db/connection';
import type { OpenDataDir } from '../../db/data-dir';
import { readChainHead } from '../../db/repositories/journal.repo';
import type { RecordAudit } from '../audit/record-audit';
import { confirmInPerson } from '../staff/confirm-in-person';
import type { SignIn } from '../staff/sign-in';

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
 * The confirmed way forward from a `database_rolled_back` refusal (docs/security.md §6.1), and
 * the last step of a restore into a directory without a current database: an owner signs in
 * with their code and secret (the same check, lockout and audit as at the till), the reset is audited as `audit.anchorReset` in
 * the journal of the database being accepted, and only then is the anchor moved to its head.
 * The caller asked the operator to confirm before calling; the session is ended (and audited) afterwards.
 */
export function acceptRollback(ports: AcceptRollbackPorts): AcceptRollback {
  return async (input) => {
    const finding = ports.dataDir.rollback;
    if (input.cause === 'rollback_accepted' && !finding) {
      return err('invalid_input', 'nothing to accept: the database is not older than its anchor');
    }
    // An owner: the roles in an older copy are the ones the lost entries may have changed (a
    // demoted manager is still a manager there), so a manager of the copy proves too little.
    // Signed out afterwards as at the till (audited); the anchor then follows that entry too.
    return confirmInPerson(ports, { ...input, minRole: 'owner', method: `anchor.${input.cause}` }, async (staffId) => {
      const anchorSeq = finding?.anchorSeq ?? null;
      const headSeq = (await ports.db.tx.read(readChainHead))?.lastSeq ?? 0;
      await ports.audit({
        kind: 'audit.anchorReset', staffId, origin: input.origin,
        detail: { cause: input.cause, finding: finding?.reason ?? null, headSeq, anchorSeq },
      });
      await ports.dataDir.reanchor();
      return ok({ headSeq, anchorSeq, staffId });
    });
  };
}
