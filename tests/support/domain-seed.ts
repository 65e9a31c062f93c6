import { randomBytes } from 'node:crypto';
import { newId } from '../../shared/domain/ids';
import { newWalletAddress } from '../../shared/domain/wallet-address';
import { insertCustomer } from '../../electron/main/db/repositories/customer.repo';
import { chainState } from '../../electron/main/db/repositories/state.repo';
import { insertWallet } from '../../electron/main/db/repositories/wallet.repo';
import type { TestApp } from './test-app';

/**
 * A customer and their wallet written through the repositories and chained, as the customer use
 * cases do (for tests of the journal machinery that need one of each kind of entry).
 */
export async function seedCustomerAndWallet(t: TestApp): Promise<{ customerId: string; walletId: string }> {
  const customerId = newId();
  const walletId = newId();
  const nowMs = t.clock.nowMs();
  await t.db.tx.write(async (tx) => {
    await insertCustomer(tx, { id: customerId, displayName: 'Wang Fang', phone: null, email: null, note: null, searchKey: 'wang fang', createdAtMs: nowMs });
    await chainState(tx, t.mac, 'customer.state', customerId, nowMs);
    await insertWallet(tx, { id: walletId, customerId, address: newWalletAddress((n) => randomBytes(n)), createdAtMs: nowMs });
    await chainState(tx, t.mac, 'wallet.state', walletId, nowMs);
  });
  return { customerId, walletId };
}
