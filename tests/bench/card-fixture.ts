import { newId } from '../../shared/domain/ids';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../support/test-app';

/** No limits: the benches measure the payment path, not a refusal. */
export const NO_LIMITS = {
  perTransactionMinor: null, dailySpendMinor: null, dailyCount: null, monthlySpendMinor: null, monthlyCount: null,
  maxBalanceMinor: null, dailyTopUpMinor: null,
} as const;

export const BENCH_PIN = '482913';

export type CardWorld = { t: TestApp; programId: string; walletId: string };

/**
 * A real app over a real encrypted data directory (production pragmas; the test scrypt cost, so
 * the slow PIN hash is timed apart), set up and signed in as the owner, with one card program
 * and one customer's wallet.
 */
export async function openCardWorld(): Promise<CardWorld> {
  const t = await createTestApp();
  await setupWithStaff(t, []);
  const programId = newId();
  expectOk(await t.call('cards.createProgram', {
    programId, name: 'Bench card', bin: '62800123', panLength: 16, expiryMonths: 36, currency: 'CNY', limits: NO_LIMITS,
  }));
  const customer = expectOk<{ wallet: { id: string } }>(await t.call('customers.create', { id: newId(), displayName: 'Bench Customer' }));
  return { t, programId, walletId: customer.wallet.id };
}

/** Issues, activates and (optionally) funds one card; returns its id and PAN. */
export async function issueActiveCard(w: CardWorld, fundMinor = 0): Promise<{ cardId: string; pan: string }> {
  const cardId = newId();
  const issued = expectOk<{ pan: string }>(await w.t.call('cards.issue', { cardId, walletId: w.walletId, programId: w.programId }));
  expectOk(await w.t.call('cards.activate', { cardId, pin: BENCH_PIN }));
  if (fundMinor > 0) expectOk(await w.t.call('cards.topUp', { operationId: newId(), cardId, amountMinor: fundMinor, tender: { kind: 'cash' } }));
  return { cardId, pan: issued.pan };
}
