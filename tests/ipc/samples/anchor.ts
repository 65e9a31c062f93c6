import type { anchorContract } from '../../../shared/ipc/contract/anchor';
import type { DomainSamples } from './fixture';

export const anchorSamples = (): DomainSamples<typeof anchorContract> => ({
  'anchor.acceptRollback': [{ staffCode: 'owner', secret: '246813' }, { staffCode: 'mgr1', secret: 'a-long-password-1' }],
});
