import type { displayDomainContract } from '../../../shared/ipc/contract/display-domain';
import type { DomainSamples } from './fixture';

/** Samples of the customer-display domain: a code in both accepted spellings (grouped, bare). */
export const displaySamples = (): DomainSamples<typeof displayDomainContract> => ({
  'display.pairingCode': [{}],
  'display.redeemCode': [{ code: 'ABCD-EFGH' }, { code: 'abcdefgh' }],
});
