import type { walletDomainContract } from '../../../shared/ipc/contract/wallets-domain';
import { formatWalletAddress, newWalletAddress } from '../../../shared/domain/wallet-address';
import { NOBODY_ID, type DomainSamples, type SampleIds } from './fixture';

/** Ids the wallet samples use; they name nobody until a test creates them (the fuzz sees not_found). */
export const SAMPLE_CUSTOMER_ID = '01890000-0000-7000-8000-0000000000c1';
export const SAMPLE_WALLET_ID = '01890000-0000-7000-8000-0000000000c2';
export const SAMPLE_OPERATION_ID = '01890000-0000-7000-8000-0000000000c3';
/** A well-formed address (its check symbol fits) that no wallet holds. */
export const SAMPLE_ADDRESS = formatWalletAddress(newWalletAddress((n) => new Uint8Array(n).fill(0x3c)));
/** The test app's fixed clock (tests/support/test-db.ts): a quote a minute old is current. */
const SAMPLE_AS_OF_MS = 1_767_225_600_000 - 60_000;

export const walletSamples = (_ids: SampleIds): DomainSamples<typeof walletDomainContract> => ({
  'customers.create': [
    { id: SAMPLE_CUSTOMER_ID, displayName: 'Wang Fang', phone: '+86 138 0013 8000', email: 'Wang.Fang@example.cn', note: 'prefers WeChat' },
    { id: '01890000-0000-7000-8000-0000000000c4', displayName: '王芳' },
  ],
  'customers.update': [
    { customerId: SAMPLE_CUSTOMER_ID, displayName: 'Wang Fang', phone: null, email: 'fang@example.cn', note: null },
    { customerId: NOBODY_ID, note: 'moved' },
  ],
  'customers.get': [{ customerId: SAMPLE_CUSTOMER_ID }],
  'customers.search': [
    { query: 'ＷＡＮＧ', limit: 20, cursor: `1767225600000:${SAMPLE_CUSTOMER_ID}` },
    { query: '王' },
  ],
  'customers.list': [{ limit: 50, cursor: `1767225600000:${SAMPLE_CUSTOMER_ID}` }, {}],
  'wallets.lookup': [{ address: SAMPLE_ADDRESS }],
  'wallets.topUp': [
    { operationId: SAMPLE_OPERATION_ID, walletId: SAMPLE_WALLET_ID, currency: 'CNY', amountMinor: 10_000, tender: { kind: 'cash' } },
    { operationId: NOBODY_ID, walletId: SAMPLE_WALLET_ID, currency: 'EUR', amountMinor: 1, tender: { kind: 'external_card', approvalCode: 'A1B2C3' } },
    { operationId: NOBODY_ID, walletId: SAMPLE_WALLET_ID, currency: 'EUR', amountMinor: 1, tender: { kind: 'bank_transfer', reference: 'INV 2026/01-7' } },
  ],
  'wallets.transfer': [
    { operationId: SAMPLE_OPERATION_ID, fromWalletId: SAMPLE_WALLET_ID, toWalletId: NOBODY_ID, currency: 'CNY', amountMinor: 500 },
    { operationId: SAMPLE_OPERATION_ID, fromWalletId: SAMPLE_WALLET_ID, toAddress: SAMPLE_ADDRESS, currency: 'CNY', amountMinor: 500 },
  ],
  'wallets.convert': [
    { operationId: SAMPLE_OPERATION_ID, walletId: SAMPLE_WALLET_ID, fromCurrency: 'CNY', toCurrency: 'EUR', debitMinor: 10_000, roundingMode: 'half_up' },
  ],
  'wallets.statement': [
    { walletId: SAMPLE_WALLET_ID, currency: 'CNY', fromMs: 0, toMs: 1_767_225_600_000, beforeKey: 1_024_000, limit: 50 },
    { walletId: SAMPLE_WALLET_ID, currency: 'EUR', limit: 500 },
  ],
  'fx.setRate': [
    { base: 'CNY', quote: 'EUR', rate: '0.1284', source: 'Bank of China board rate', asOfMs: SAMPLE_AS_OF_MS, feeBps: 50, maxAgeMs: 3_600_000 },
    { base: 'EUR', quote: 'CNY', rate: { numerator: 77_881, denominator: 10_000 }, source: 'manager', asOfMs: SAMPLE_AS_OF_MS, feeBps: 0 },
  ],
  'fx.listRates': [{}],
});
