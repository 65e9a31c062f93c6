import type { settingsContract } from '../../../shared/ipc/contract/settings';
import type { DomainSamples } from './fixture';

export const settingsSamples = (): DomainSamples<typeof settingsContract> => ({
  'settings.public': [{}],
  'settings.get': [{}],
  'settings.update': [
    {
      terminalName: 'Till 3', merchantName: 'Corner Shop', locale: 'zh-CN', currency: 'CNY', theme: 'dark',
      density: 'large', printer: 'EPSON TM-T20', backendUrl: 'https://sync.example.com/api', idleLockMinutes: 10, allowSelfApproval: false,
    },
    { printer: null, backendUrl: null },
    { taxProfileId: 'cn_vat', taxRateOverrides: [{ taxClass: 'standard', rateBp: 1300 }] },
    {},
  ],
});
