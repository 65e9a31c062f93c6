import { checkCharFor } from '../../../shared/domain/check-char';
import type { voucherDomainContract } from '../../../shared/ipc/contract/vouchers-domain';
import { NOBODY_ID, type DomainSamples, type SampleIds } from './fixture';

/** A well-formed voucher code (its check symbol is right) that no voucher has. */
const DATA = '0123456789ABCDE';
export const UNKNOWN_VOUCHER_CODE = `${DATA}${checkCharFor(DATA)}`;
/** A well-formed wallet address that no wallet has. */
const ADDRESS_DATA = 'ABCDEFGHJKM';
export const UNKNOWN_WALLET_ADDRESS = `${ADDRESS_DATA}${checkCharFor(ADDRESS_DATA)}`;

const BATCH_ID = '01890000-0000-7000-8000-0000000000b1';
const OPERATION_ID = '01890000-0000-7000-8000-0000000000c1';
/** 2100-01-01: later than any fixed clock of the tests. */
const FAR_FUTURE_MS = 4_102_444_800_000;

export const voucherSamples = (_ids: SampleIds): DomainSamples<typeof voucherDomainContract> => ({
  // A repeat of the sample is voucher_batch_exists: its codes are never shown twice.
  'vouchers.generateBatch': [{ batchId: BATCH_ID, currency: 'CNY', faceValueMinor: 5000, count: 2, expiresAtMs: FAR_FUTURE_MS }],
  'vouchers.sell': [
    { operationId: OPERATION_ID, voucher: { code: UNKNOWN_VOUCHER_CODE }, tender: { kind: 'cash' } },
    { operationId: OPERATION_ID, voucher: { voucherId: NOBODY_ID }, tender: { kind: 'external_card', approvalCode: 'A1B2-C3' } },
    { operationId: OPERATION_ID, voucher: { code: UNKNOWN_VOUCHER_CODE }, tender: { kind: 'bank_transfer', reference: 'INV 2026/01.7' } },
  ],
  'vouchers.redeem': [
    { operationId: OPERATION_ID, code: UNKNOWN_VOUCHER_CODE, wallet: { walletAddress: UNKNOWN_WALLET_ADDRESS } },
    { operationId: OPERATION_ID, code: UNKNOWN_VOUCHER_CODE, wallet: { walletId: NOBODY_ID } },
  ],
  'vouchers.void': [
    { operationId: OPERATION_ID, voucher: { voucherId: NOBODY_ID }, reason: 'damaged' },
    { operationId: OPERATION_ID, voucher: { code: UNKNOWN_VOUCHER_CODE }, reason: 'other' },
  ],
  'vouchers.voidBatch': [{ operationId: OPERATION_ID, batchId: NOBODY_ID, reason: 'lost' }],
  'vouchers.summary': [{ batchId: NOBODY_ID }, {}],
  'vouchers.listBatches': [{ before: { createdAtMs: FAR_FUTURE_MS, batchId: NOBODY_ID }, limit: 10 }, {}],
});
