import { roleSatisfies } from '../../../../shared/ipc/method';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Approval } from '../../core/staff/approval-book';
import type { CallContext } from '../call-context';
import type { AppContext } from './app-context';
import type { Handler } from './handler-types';
import { checkSecret } from './staff.handlers';

/** A manager, standing at this terminal, approves one exact action for the signed-in requester. */
export function approvalHandlers(app: AppContext): { 'approval.grant': Handler<'approval.grant'> } {
  return {
    'approval.grant': async (input, ctx) => {
      const requester = ctx.caller;
      if (!requester) return err('unauthenticated', 'sign in first');
      const manager = await app.staff.findByCode(input.managerCode);
      const checked = await checkSecret(app, manager, input.managerSecret, ctx.transport, `approval ${input.request.action}`);
      if (!checked.ok) return checked;
      if (!roleSatisfies(checked.value.role, 'manager')) {
        await app.staff.recordAudit({
          kind: 'audit.approvalRefused', staffId: requester.staffId, subject: `${input.request.action} ${input.request.subject}`,
          detail: `approver ${checked.value.id} is ${checked.value.role}`, origin: ctx.transport,
        });
        return err('forbidden', 'approval needs a manager');
      }
      const approval = app.approvals.grant({
        action: input.request.action,
        subject: input.request.subject,
        approverId: checked.value.id,
        requesterId: requester.staffId,
      });
      await app.staff.recordAudit({
        kind: 'audit.approvalGranted', staffId: checked.value.id, subject: `${input.request.action} ${input.request.subject}`,
        detail: `requester ${requester.staffId} approval ${approval.approvalId}`, origin: ctx.transport,
      });
      return ok({ approvalId: approval.approvalId, approverName: checked.value.displayName, expiresAtMs: approval.expiresAtMs });
    },
  };
}

/**
 * For the handler of an approved action: consumes the grant for exactly this action, subject and
 * signed-in requester, and audits the outcome either way (security.md §6.3). A forged, replayed,
 * expired or re-targeted approval id is refused with `forbidden`.
 */
export async function consumeApproval(
  app: AppContext, approvalId: string, action: string, subject: string, ctx: CallContext,
): Promise<Result<Approval>> {
  const requesterId = ctx.caller?.staffId ?? null;
  // Consumed even when it does not match: a grant presented wrongly is gone, like one used.
  const approval = app.approvals.consume(approvalId, action, subject, requesterId ?? '');
  await app.staff.recordAudit({
    kind: approval ? 'audit.approvalUsed' : 'audit.approvalRefused',
    staffId: requesterId,
    subject: `${action} ${subject}`,
    detail: approval ? `approval ${approval.approvalId} approver ${approval.approverId}` : `approval ${approvalId.slice(0, 64)} not valid`,
    origin: ctx.transport,
  });
  return approval ? ok(approval) : err('forbidden', 'the approval is not valid for this action');
}
