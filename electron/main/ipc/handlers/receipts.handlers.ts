import { err } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

type ReceiptKeys = 'receipts.render' | 'receipts.printPage';

/** Handlers of the receipts domain's contract entries (shared/ipc/contract/receipts-domain.ts). */
export function receiptHandlers(uc: UseCases): Pick<Handlers, ReceiptKeys> {
  // Dispatch lets only a signed-in caller reach this; the check narrows the type.
  return {
    'receipts.render': async (input, ctx) => (ctx.caller ? uc.receipts.render(input, ctx.caller) : err('unauthenticated', 'sign in first')),
    'receipts.printPage': async (_input, ctx) => uc.receipts.printPage(ctx.effects.printPage),
  };
}
