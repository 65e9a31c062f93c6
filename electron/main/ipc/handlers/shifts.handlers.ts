import { err } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

type ShiftKeys = 'shifts.open' | 'shifts.current' | 'shifts.cashMovement' | 'shifts.noSale' | 'shifts.xReport' | 'shifts.close'
  | 'shifts.zReports' | 'shifts.zReport' | 'shifts.closePeriod' | 'shifts.closures' | 'reports.sales' | 'reports.taxes' | 'reports.storedValue';

const signIn = () => err('unauthenticated', 'sign in first');

/** Handlers of the shifts domain's contract entries (shared/ipc/contract/shifts-domain.ts). */
export function shiftHandlers(uc: UseCases): Pick<Handlers, ShiftKeys> {
  const s = uc.shifts;
  // Dispatch lets only a signed-in caller (of the role the contract names) reach these; the check narrows the type.
  return {
    'shifts.open': async (input, ctx) => (ctx.caller ? s.open(input, ctx.caller) : signIn()),
    'shifts.current': () => s.current(),
    'shifts.cashMovement': async (input, ctx) => (ctx.caller ? s.cashMovement(input, ctx.caller) : signIn()),
    'shifts.noSale': async (input, ctx) => (ctx.caller ? s.noSale(input, ctx.caller) : signIn()),
    'shifts.xReport': (input) => s.xReport(input),
    'shifts.close': async (input, ctx) => (ctx.caller ? s.close(input, ctx.caller, ctx.transport) : signIn()),
    'shifts.zReports': (input) => s.zReports(input),
    'shifts.zReport': (input) => s.zReport(input),
    'shifts.closePeriod': async (input, ctx) => (ctx.caller ? s.closePeriod(input, ctx.caller) : signIn()),
    'shifts.closures': (input) => s.closures(input),
    'reports.sales': (input) => s.salesReport(input),
    'reports.taxes': (input) => s.taxesReport(input),
    'reports.storedValue': () => s.storedValue(),
  };
}
