import { err } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

type SalesKeys = 'sales.price' | 'sales.due' | 'sales.park' | 'sales.parked' | 'sales.resume' | 'sales.discardParked' | 'sales.overridePrice' | 'sales.complete'
  | 'sales.find' | 'sales.refund' | 'sales.void' | 'sales.receipt' | 'sales.displayQr' | 'payments.request' | 'payments.lookup' | 'payments.simulatorNext';

const signIn = () => err('unauthenticated', 'sign in first');

/** Handlers of the sales domain's contract entries (shared/ipc/contract/sales-domain.ts). */
export function salesHandlers(uc: UseCases): Pick<Handlers, SalesKeys> {
  const s = uc.sales;
  // Dispatch lets only a signed-in caller reach these; the check narrows the type.
  return {
    'sales.price': (input) => s.price(input),
    'sales.due': (input) => s.due(input),
    'sales.park': async (input, ctx) => (ctx.caller ? s.park(input, ctx.caller) : signIn()),
    'sales.parked': () => s.parked(),
    'sales.resume': (input) => s.resume(input),
    'sales.discardParked': (input) => s.discardParked(input),
    'sales.overridePrice': async (input, ctx) => (ctx.caller ? s.overridePrice(input, ctx.caller, ctx.transport) : signIn()),
    'sales.complete': async (input, ctx) => (ctx.caller ? s.complete(input, ctx.caller) : signIn()),
    'sales.find': (input) => s.find(input),
    'sales.refund': async (input, ctx) => (ctx.caller ? s.refund(input, ctx.caller, ctx.transport) : signIn()),
    'sales.void': async (input, ctx) => (ctx.caller ? s.void(input, ctx.caller, ctx.transport) : signIn()),
    'sales.receipt': async (input, ctx) => (ctx.caller ? s.receipt(input, ctx.caller) : signIn()),
    'sales.displayQr': (input) => s.displayQr(input),
    'payments.request': async (input, ctx) => (ctx.caller ? s.requestPayment(input, ctx.caller) : signIn()),
    'payments.lookup': (input) => s.lookupPayment(input),
    'payments.simulatorNext': (input) => s.simulatorNext(input),
  };
}
