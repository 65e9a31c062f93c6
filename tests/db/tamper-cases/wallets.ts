import type { WALLET_STATE_SCHEMAS } from '../../../shared/domain/state/wallets';
import { newId } from '../../../shared/domain/ids';
import type { Actor } from '../../../electron/main/app/ledger/ports';
import { expectOk, type TestApp } from '../../support/test-app';
import { renameIn, type Case } from './case';

/** Tamper cases for the wallets domain's state kinds (its record kinds have a generic case). */
export const walletTamperCases: { readonly [K in keyof typeof WALLET_STATE_SCHEMAS]: Case } = {
  'customer.state': renameIn('displayName'),
  'wallet.state': renameIn('address'),
  'fx_rate.state': renameIn('source'),
};

/**
 * Writes at least one entry of every state and record kind of the wallets domain, through its use
 * cases: two customers and their wallets, a top-up, a transfer, a rate and a conversion.
 */
export async function seedWalletKinds(t: TestApp): Promise<void> {
  const uc = t.app.useCases.wallets;
  const actor: Actor = { staffId: t.app.useCases.session.holder()?.staffId ?? 'seed' };
  const a = expectOk<{ wallet: { id: string } }>(await uc.createCustomer({ id: newId(), displayName: 'Wang Fang', phone: '13800138000' }, actor));
  const b = expectOk<{ wallet: { id: string } }>(await uc.createCustomer({ id: newId(), displayName: 'Li Lei' }, actor));
  expectOk(await uc.topUp({ operationId: newId(), walletId: a.wallet.id, currency: 'CNY', amountMinor: 10_000, tender: { kind: 'cash' } }, actor));
  expectOk(await uc.transfer({ operationId: newId(), fromWalletId: a.wallet.id, toWalletId: b.wallet.id, currency: 'CNY', amountMinor: 1_000 }, actor));
  expectOk(await uc.setFxRate({ base: 'CNY', quote: 'EUR', rate: '0.1284', source: 'bank', asOfMs: t.clock.nowMs(), feeBps: 50 }, actor));
  expectOk(await uc.convert({ operationId: newId(), walletId: a.wallet.id, fromCurrency: 'CNY', toCurrency: 'EUR', debitMinor: 2_000 }, actor));
}
