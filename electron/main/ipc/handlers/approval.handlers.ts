import { err } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

export function approvalHandlers(uc: UseCases): Pick<Handlers, 'approval.grant'> {
  return {
    'approval.grant': async (input, ctx) => (ctx.caller ? uc.grantApproval(input, ctx.caller, ctx.transport) : err('unauthenticated', 'sign in first')),
  };
}
