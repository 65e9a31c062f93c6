import { err, ok } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import { sessionView } from '../../app/staff/session-view';
import type { CallContext } from '../call-context';
import type { Handlers } from './handler-types';

type StaffKeys = 'staff.signIn' | 'staff.unlock' | 'staff.signOut' | 'staff.session' | 'staff.lock' |
  'staff.list' | 'staff.create' | 'staff.setRole';

/** Dispatch lets only signed-in callers reach the gated methods; this narrows the type. */
function callerOf(ctx: CallContext) {
  return ctx.caller;
}

export function staffHandlers(uc: UseCases): Pick<Handlers, StaffKeys> {
  return {
    'staff.signIn': (input, ctx) => uc.signIn(input, ctx.transport),
    'staff.unlock': (input, ctx) => uc.unlock(input, ctx.transport),
    'staff.signOut': async (_input, ctx) => ok(await uc.signOut(ctx.transport)),
    'staff.session': async () => ok(sessionView(uc.session)),
    'staff.lock': async () => {
      uc.session.lock('manual');
      return ok(sessionView(uc.session));
    },
    'staff.list': async () => ok(await uc.listStaff()),
    'staff.create': async (input, ctx) => {
      const caller = callerOf(ctx);
      return caller ? uc.createStaff(input, caller, ctx.transport) : err('unauthenticated', 'sign in first');
    },
    'staff.setRole': async (input, ctx) => {
      const caller = callerOf(ctx);
      return caller ? uc.setRole(input, caller, ctx.transport) : err('unauthenticated', 'sign in first');
    },
  };
}
