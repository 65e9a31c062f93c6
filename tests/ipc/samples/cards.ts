import type { cardDomainContract } from '../../../shared/ipc/contract/cards-domain';
import type { DomainSamples, SampleIds } from './fixture';

export const cardSamples = (_ids: SampleIds): DomainSamples<typeof cardDomainContract> => ({});
