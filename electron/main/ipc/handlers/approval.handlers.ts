import { roleSatisfies } from '../../../../shared/ipc/method';
import { err, ok } from '../../../../shared/ipc/result';
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
      if (!roleSatisfies(checked.value.role, 'manager')) return err('forbidden', 'approval needs a manager');
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
