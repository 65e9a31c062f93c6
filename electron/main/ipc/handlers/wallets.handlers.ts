import { err } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

type WalletKeys =
  | 'customers.create' | 'customers.update' | 'customers.get' | 'customers.search' | 'customers.list'
  | 'wallets.lookup' | 'wallets.topUp' | 'wallets.transfer' | 'wallets.convert' | 'wallets.statement'
  | 'fx.setRate' | 'fx.listRates';

const signInFirst = () => err('unauthenticated', 'sign in first');

/** Handlers of the wallets domain's contract entries (shared/ipc/contract/wallets-domain.ts). */
export function walletHandlers(uc: UseCases): Pick<Handlers, WalletKeys> {
  const w = uc.wallets;
  return {
    // Dispatch lets only a signed-in caller reach these; the check narrows the type.
    'customers.create': async (input, ctx) => (ctx.caller ? w.createCustomer(input, ctx.caller) : signInFirst()),
    'customers.update': async (input, ctx) => (ctx.caller ? w.updateCustomer(input, ctx.caller) : signInFirst()),
    'customers.get': (input) => w.getCustomer(input),
    'customers.search': (input) => w.searchCustomers(input),
    'customers.list': (input) => w.listCustomers(input),
    'wallets.lookup': (input) => w.lookupWallet(input),
    'wallets.topUp': async (input, ctx) => (ctx.caller ? w.topUp(input, ctx.caller) : signInFirst()),
    'wallets.transfer': async (input, ctx) => (ctx.caller ? w.transfer(input, ctx.caller) : signInFirst()),
    'wallets.convert': async (input, ctx) => (ctx.caller ? w.convert(input, ctx.caller) : signInFirst()),
    'wallets.statement': (input) => w.statement(input),
    'fx.setRate': async (input, ctx) => (ctx.caller ? w.setFxRate(input, ctx.caller) : signInFirst()),
    'fx.listRates': async () => w.listFxRates(),
  };
}
