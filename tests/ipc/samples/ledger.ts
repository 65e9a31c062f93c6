import type { ledgerContract } from '../../../shared/ipc/contract/ledger';
import type { DomainSamples } from './fixture';

export const ledgerSamples = (): DomainSamples<typeof ledgerContract> => ({
  'ledger.health': [{}],
  'ledger.verify': [{}],
});
