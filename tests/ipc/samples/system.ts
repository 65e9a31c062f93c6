import type { systemContract } from '../../../shared/ipc/contract/system';
import type { DomainSamples } from './fixture';

export const systemSamples = (): DomainSamples<typeof systemContract> => ({
  'system.status': [{}],
});
