import type { cardDomainContract } from '../../../shared/ipc/contract/cards-domain';
import { NOBODY_ID, type DomainSamples, type SampleIds } from './fixture';

/** Ids that name nothing until a sample creates them (the program sample does). */
export const SAMPLE_PROGRAM_ID = '01890000-0000-7000-8000-0000000000c1';
export const SAMPLE_CARD_ID = '01890000-0000-7000-8000-0000000000c2';
const OPERATION_ID = '01890000-0000-7000-8000-0000000000c3';
const PAN = '4111 1111 1111 1111';
const LIMITS = {
  perTransactionMinor: 50_000, dailySpendMinor: 100_000, dailyCount: 20, monthlySpendMinor: 1_000_000, monthlyCount: 200,
  maxBalanceMinor: 500_000, dailyTopUpMinor: 200_000,
};

export const cardSamples = (_ids: SampleIds): DomainSamples<typeof cardDomainContract> => ({
  'cards.createProgram': [{
    programId: SAMPLE_PROGRAM_ID, name: 'Gift card', bin: '62345678', panLength: 16, expiryMonths: 36, currency: 'CNY', limits: LIMITS,
  }],
  'cards.listPrograms': [{}],
  'cards.issue': [{ cardId: SAMPLE_CARD_ID, walletId: NOBODY_ID, programId: SAMPLE_PROGRAM_ID }],
  'cards.list': [{ walletId: NOBODY_ID }],
  'cards.activate': [{ cardId: SAMPLE_CARD_ID, pin: '1234' }],
  'cards.changePin': [{ cardId: SAMPLE_CARD_ID, oldPin: '1234', newPin: '567890' }],
  'cards.unblockPin': [{ cardId: SAMPLE_CARD_ID, approvalId: NOBODY_ID }],
  'cards.freeze': [{ cardId: SAMPLE_CARD_ID }],
  'cards.unfreeze': [{ cardId: SAMPLE_CARD_ID }],
  'cards.close': [{ cardId: SAMPLE_CARD_ID }],
  'cards.replace': [{ cardId: SAMPLE_CARD_ID, newCardId: NOBODY_ID, reason: 'lost' }],
  'cards.lookup': [
    { query: { by: 'pan', pan: PAN } },
    { query: { by: 'scan', scannedPan: '%B4111111111111111^WANG/FANG^2908101?;4111111111111111=2908101?' } },
    { query: { by: 'last4', last4: '1111', name: 'Wang' } },
  ],
  'cards.reveal': [{ cardId: SAMPLE_CARD_ID, approvalId: NOBODY_ID }],
  'cards.topUp': [
    { operationId: OPERATION_ID, cardId: SAMPLE_CARD_ID, amountMinor: 10_000, tender: { kind: 'cash' } },
    { operationId: OPERATION_ID, cardId: SAMPLE_CARD_ID, amountMinor: 10_000, tender: { kind: 'external_card', approvalCode: 'A1B2C3' } },
    { operationId: OPERATION_ID, cardId: SAMPLE_CARD_ID, amountMinor: 10_000, tender: { kind: 'bank_transfer', reference: 'TX 2026/001' } },
  ],
  'cards.authorize': [
    { operationId: OPERATION_ID, card: { by: 'pan', pan: PAN }, pin: '1234', amountMinor: 1999, expiresInMs: 600_000 },
    { operationId: OPERATION_ID, card: { by: 'id', cardId: SAMPLE_CARD_ID }, pin: '1234', amountMinor: 1999, expiresInMs: 600_000 },
  ],
  'cards.capture': [{ operationId: OPERATION_ID, authorizationId: NOBODY_ID, amountMinor: 1500 }],
  'cards.release': [{ operationId: OPERATION_ID, authorizationId: NOBODY_ID }],
  'cards.refund': [{ operationId: OPERATION_ID, paymentOperationId: NOBODY_ID, amountMinor: 500 }],
  'cards.balance': [{ card: { by: 'id', cardId: SAMPLE_CARD_ID }, pin: '1234' }, { card: { by: 'pan', pan: PAN }, pin: '1234' }],
  'cards.statement': [{ cardId: SAMPLE_CARD_ID, fromMs: 0, toMs: 4_102_444_800_000, beforeKey: 1_000_000, limit: 50 }],
  'cards.transferToWallet': [{ operationId: OPERATION_ID, cardId: SAMPLE_CARD_ID, pin: '1234', toWalletId: NOBODY_ID, amountMinor: 500 }],
});
