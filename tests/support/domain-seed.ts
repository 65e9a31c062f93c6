import { newId } from '../../shared/domain/ids';
import { expectOk, type TestApp } from './test-app';

/**
 * A customer and their wallet, created through the wallets domain's use case (customer and wallet
 * rows written and chained in one transaction), for tests of the journal machinery that need one
 * of each kind of entry.
 */
export async function seedCustomerAndWallet(t: TestApp): Promise<{ customerId: string; walletId: string }> {
  const customerId = newId();
  const actor = { staffId: t.app.useCases.session.holder()?.staffId ?? 'seed' };
  const created = expectOk<{ wallet: { id: string } }>(
    await t.app.useCases.wallets.createCustomer({ id: customerId, displayName: 'Wang Fang' }, actor),
  );
  return { customerId, walletId: created.wallet.id };
}
