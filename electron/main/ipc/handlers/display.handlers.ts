import { ok } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

type DisplayKeys = 'display.pairingCode' | 'display.redeemCode';

/** Handlers of the customer-display domain (shared/ipc/contract/display-domain.ts). */
export function displayHandlers(uc: UseCases): Pick<Handlers, DisplayKeys> {
  const pairing = uc.display.pairing;
  return {
    // signedIn access: dispatch gives a caller; the code remembers who asked for it (the pairing's audit names them)
    'display.pairingCode': (_input, ctx) => Promise.resolve(ok(pairing.issue(ctx.caller?.staffId ?? null))),
    'display.redeemCode': (input, ctx) => pairing.redeem(input.code, ctx.transport),
  };
}
