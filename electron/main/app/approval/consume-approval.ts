import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Approval, ApprovalBook } from '../../core/staff/approval-book';
import type { Caller } from '../../core/staff/caller';
import type { RecordAudit } from '../audit/record-audit';

export type ConsumeApproval = (approvalId: string, action: string, subject: string, caller: Caller | null, origin: string) => Promise<Result<Approval>>;

/**
 * For an approved action: consumes the grant for exactly this action, subject and signed-in
 * requester, and audits the outcome either way (docs/security.md §7.5). A forged, replayed, expired
 * or re-targeted approval id is refused with `forbidden`.
 */
export function consumeApproval(ports: { readonly approvals: ApprovalBook; readonly audit: RecordAudit }): ConsumeApproval {
  return async (approvalId, action, subject, caller, origin) => {
    const requesterId = caller?.staffId ?? null;
    // Consumed even when it does not match: a grant presented wrongly is gone, like one used.
    const approval = ports.approvals.consume(approvalId, action, subject, requesterId ?? '');
    await ports.audit(approval
      ? { kind: 'audit.approvalUsed', staffId: requesterId, origin, detail: { action, subject, approvalId: approval.approvalId, approverId: approval.approverId } }
      : { kind: 'audit.approvalRefused', staffId: requesterId, origin, detail: { action, subject, reason: `approval ${approvalId.slice(0, 64)} not valid` } });
    return approval ? ok(approval) : err('forbidden', 'the approval is not valid for this action');
  };
}
