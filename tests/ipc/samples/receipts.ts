import type { receiptDomainContract } from '../../../shared/ipc/contract/receipts-domain';
import { NOBODY_ID, type DomainSamples } from './fixture';

export const receiptSamples = (): DomainSamples<typeof receiptDomainContract> => ({
  'receipts.render': [
    { receiptId: NOBODY_ID, format: 'escpos58', print: false },
    { receiptId: NOBODY_ID, format: 'escpos80', print: true },
    { receiptId: NOBODY_ID, format: 'pdf', print: false },
  ],
  'receipts.printPage': [{}],
});
