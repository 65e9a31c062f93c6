import type { walletDomainContract } from '../../../shared/ipc/contract/wallets-domain';
import type { DomainSamples, SampleIds } from './fixture';

export const walletSamples = (_ids: SampleIds): DomainSamples<typeof walletDomainContract> => ({});
