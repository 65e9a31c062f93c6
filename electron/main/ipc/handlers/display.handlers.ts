import { ok } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

type DisplayKeys = 'display.pairingCode' | 'display.redeemCode';

/** Handlers of the customer-display domain (shared/ipc/contract/display-domain.ts). */
export function displayHandlers(uc: UseCases): Pick<Handlers, DisplayKeys> {
  const pairing = uc.display.pairing;
  return {
    'display.pairingCode': () => Promise.resolve(ok(pairing.issue())),
    'display.redeemCode': (input) => Promise.resolve(pairing.redeem(input.code)),
  };
}
