import { ok } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

export function ledgerHandlers(uc: UseCases): Pick<Handlers, 'ledger.health' | 'ledger.verify'> {
  return {
    'ledger.health': async () => ok(await uc.ledgerHealth()),
    'ledger.verify': async () => ok(await uc.verifyLedger()),
  };
}
