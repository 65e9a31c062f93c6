import type { voucherDomainContract } from '../../../shared/ipc/contract/vouchers-domain';
import type { DomainSamples, SampleIds } from './fixture';

export const voucherSamples = (_ids: SampleIds): DomainSamples<typeof voucherDomainContract> => ({});
