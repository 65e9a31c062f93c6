import { err, ok } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import { sessionView } from '../../app/staff/session-view';
import type { Handlers } from './handler-types';

type StaffKeys = 'staff.signIn' | 'staff.unlock' | 'staff.signOut' | 'staff.session' | 'staff.lock' |
  'staff.list' | 'staff.create' | 'staff.setRole' | 'staff.setDisabled' | 'staff.resetSecret';

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
    // Dispatch lets only a signed-in caller reach these; the check narrows the type.
    'staff.create': async (input, ctx) => (ctx.caller ? uc.createStaff(input, ctx.caller, ctx.transport) : err('unauthenticated', 'sign in first')),
    'staff.setRole': async (input, ctx) => (ctx.caller ? uc.setRole(input, ctx.caller, ctx.transport) : err('unauthenticated', 'sign in first')),
    'staff.setDisabled': async (input, ctx) => (ctx.caller ? uc.setDisabled(input, ctx.caller, ctx.transport) : err('unauthenticated', 'sign in first')),
    'staff.resetSecret': async (input, ctx) => (ctx.caller ? uc.resetSecret(input, ctx.caller, ctx.transport) : err('unauthenticated', 'sign in first')),
  };
}
