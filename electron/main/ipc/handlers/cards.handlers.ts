import { err, ok } from '../../../../shared/domain/result';
import type { MethodKey } from '../../../../shared/ipc/contract';
import type { CARD_METHOD_KEYS } from '../../../../shared/ipc/methods-by-domain/cards';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

type CardKeys = (typeof CARD_METHOD_KEYS)[number] & MethodKey;

const signIn = () => err('unauthenticated', 'sign in first');

/**
 * Handlers of the cards domain's contract entries (shared/ipc/contract/cards-domain.ts). Dispatch
 * lets only a signed-in caller reach them; the `ctx.caller` check narrows the type.
 */
export function cardHandlers(uc: UseCases): Pick<Handlers, CardKeys> {
  const c = uc.cards;
  return {
    'cards.createProgram': async (input, ctx) => (ctx.caller ? c.createProgram(input, ctx.caller) : signIn()),
    'cards.listPrograms': async () => ok(await c.listPrograms()),
    'cards.issue': async (input, ctx) => (ctx.caller ? c.issue(input, ctx.caller) : signIn()),
    'cards.list': async (input) => c.list(input),
    'cards.activate': async (input, ctx) => (ctx.caller ? c.activate(input, ctx.caller) : signIn()),
    'cards.changePin': async (input, ctx) => (ctx.caller ? c.changePin(input, ctx.caller, ctx.transport) : signIn()),
    'cards.unblockPin': async (input, ctx) => (ctx.caller ? c.unblockPin(input, ctx.caller, ctx.transport) : signIn()),
    'cards.freeze': async (input, ctx) => (ctx.caller ? c.setFrozen(input, true, ctx.caller) : signIn()),
    'cards.unfreeze': async (input, ctx) => (ctx.caller ? c.setFrozen(input, false, ctx.caller) : signIn()),
    'cards.close': async (input, ctx) => (ctx.caller ? c.close(input, ctx.caller) : signIn()),
    'cards.replace': async (input, ctx) => (ctx.caller ? c.replace(input, ctx.caller) : signIn()),
    'cards.lookup': async (input) => c.lookup(input),
    'cards.reveal': async (input, ctx) => (ctx.caller ? c.reveal(input, ctx.caller, ctx.transport) : signIn()),
    'cards.topUp': async (input, ctx) => (ctx.caller ? c.topUp(input, ctx.caller) : signIn()),
    'cards.authorize': async (input, ctx) => (ctx.caller ? c.authorize(input, ctx.caller, ctx.transport) : signIn()),
    'cards.capture': async (input, ctx) => (ctx.caller ? c.capture(input, ctx.caller) : signIn()),
    'cards.release': async (input, ctx) => (ctx.caller ? c.release(input, ctx.caller) : signIn()),
    'cards.refund': async (input, ctx) => (ctx.caller ? c.refund(input, ctx.caller) : signIn()),
    'cards.balance': async (input, ctx) => (ctx.caller ? c.balance(input, ctx.caller, ctx.transport) : signIn()),
    'cards.transferToWallet': async (input, ctx) => (ctx.caller ? c.transferToWallet(input, ctx.caller, ctx.transport) : signIn()),
    'cards.statement': async (input) => c.statement(input),
  };
}
