import { err } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

type VoucherKeys = 'vouchers.generateBatch' | 'vouchers.sell' | 'vouchers.redeem' | 'vouchers.void' | 'vouchers.voidBatch' | 'vouchers.summary'
  | 'vouchers.listBatches';

const signIn = () => err('unauthenticated', 'sign in first');

/** Handlers of the vouchers domain's contract entries (shared/ipc/contract/vouchers-domain.ts). */
export function voucherHandlers(uc: UseCases): Pick<Handlers, VoucherKeys> {
  const v = uc.vouchers;
  // Dispatch lets only a signed-in caller (of the role the contract names) reach these; the check narrows the type.
  return {
    'vouchers.generateBatch': async (input, ctx) => (ctx.caller ? v.generateBatch(input, ctx.caller) : signIn()),
    'vouchers.sell': async (input, ctx) => (ctx.caller ? v.sell(input, ctx.caller) : signIn()),
    'vouchers.redeem': async (input, ctx) => (ctx.caller ? v.redeem(input, ctx.caller) : signIn()),
    'vouchers.void': async (input, ctx) => (ctx.caller ? v.void(input, ctx.caller) : signIn()),
    'vouchers.voidBatch': async (input, ctx) => (ctx.caller ? v.voidBatch(input, ctx.caller) : signIn()),
    'vouchers.summary': (input) => v.summary(input),
    'vouchers.listBatches': (input) => v.listBatches(input),
  };
}
