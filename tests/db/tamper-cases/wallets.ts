import type { WALLET_STATE_SCHEMAS } from '../../../shared/domain/state/wallets';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import type { TestApp } from '../../support/test-app';
import { renameIn, type Case } from './case';

/** Tamper cases for the wallets domain's state kinds (its record kinds have a generic case). */
export const walletTamperCases: { readonly [K in keyof typeof WALLET_STATE_SCHEMAS]: Case } = {
  'customer.state': renameIn('displayName'),
  'wallet.state': renameIn('address'),
};

/** Writes at least one entry of every state and record kind of the wallets domain, through its use cases. */
export async function seedWalletKinds(t: TestApp): Promise<void> {
  await seedCustomerAndWallet(t);
}
