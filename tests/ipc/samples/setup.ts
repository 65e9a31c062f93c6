import type { setupContract } from '../../../shared/ipc/contract/setup';
import type { DomainSamples } from './fixture';

export const setupSamples = (): DomainSamples<typeof setupContract> => ({
  'setup.complete': [
    {
      merchantName: 'Corner Shop', terminalName: 'Till 2', currency: 'EUR', locale: 'en', taxProfile: 'none', demo: false,
      owner: { displayName: 'Second Owner', staffCode: 'owner2', secretKind: 'password', secret: 'correcthorse42battery' },
    },
  ],
  'setup.loadDemo': [{ locale: 'zh-CN' }],
});
