import { ACCOUNT_KINDS, MERCHANT_OWNER } from '../../../shared/domain/account-kinds';
import { newId } from '../../../shared/domain/ids';
import { findOwnedAccount, ownedAccounts, readBalance } from '../../../electron/main/db/repositories/account.repo';
import { findLedger } from '../../../electron/main/db/repositories/ledger.repo';
import type { Output } from '../../../shared/ipc/contract';
import { expectOk, type TestApp } from '../../support/test-app';

export type Generated = Output<'vouchers.generateBatch'>;

/** A batch through the real dispatch (the caller must be signed in as a manager or the owner). */
export async function generate(t: TestApp, input: { count?: number; faceValueMinor?: number; currency?: string; expiresAtMs?: number } = {}): Promise<Generated> {
  return expectOk<Generated>(await t.call('vouchers.generateBatch', {
    batchId: newId(), currency: input.currency ?? 'CNY', faceValueMinor: input.faceValueMinor ?? 5000, count: input.count ?? 3,
    ...(input.expiresAtMs === undefined ? {} : { expiresAtMs: input.expiresAtMs }),
  }));
}

export const sell = (t: TestApp, code: string, operationId = newId()) =>
  t.call('vouchers.sell', { operationId, voucher: { code }, tender: { kind: 'cash' } });

export const redeem = (t: TestApp, code: string, walletId: string, operationId = newId()) =>
  t.call('vouchers.redeem', { operationId, code, wallet: { walletId } });

/** Credits minus debits of an account (posted), or 0 when it was never opened. */
async function balanceOf(t: TestApp, accountId: string | undefined): Promise<number> {
  if (!accountId) return 0;
  const b = await t.db.tx.read((tx) => readBalance(tx, accountId));
  return b ? b.creditsPostedMinor - b.debitsPostedMinor : 0;
}

/** A wallet's balance in one currency. */
export async function walletBalance(t: TestApp, walletId: string, currency = 'CNY'): Promise<number> {
  const accounts = await t.db.tx.read((tx) => ownedAccounts(tx, walletId, ACCOUNT_KINDS.wallet.kind));
  return balanceOf(t, accounts.find((a) => a.currency === currency)?.accountId);
}

/** The merchant's balance of an account kind in one currency (a liability: credits − debits). */
export async function merchantBalance(t: TestApp, kind: string, currency = 'CNY'): Promise<number> {
  const accountId = await t.db.tx.read(async (tx) => {
    const ledger = await findLedger(tx, currency);
    return ledger ? findOwnedAccount(tx, MERCHANT_OWNER, kind, ledger.ledgerId) : undefined;
  });
  return balanceOf(t, accountId);
}
