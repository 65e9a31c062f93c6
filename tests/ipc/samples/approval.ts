import type { approvalContract } from '../../../shared/ipc/contract/approval';
import { MANAGER, type DomainSamples } from './fixture';

export const approvalSamples = (): DomainSamples<typeof approvalContract> => ({
  'approval.grant': [
    { request: { action: 'sale.refund', subject: '{"saleId":"x","amountMinor":1999}' }, managerCode: MANAGER.staffCode, managerSecret: MANAGER.secret },
  ],
});
