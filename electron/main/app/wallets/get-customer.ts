import { err, ok, type Result } from '../../../../shared/domain/result';
import type { WalletBalanceView } from '../../core/wallets/wallet-batches';
import type { Database } from '../../db/connection';
import { findCustomer } from '../../db/repositories/customer.repo';
import { findWalletOfCustomer } from '../../db/repositories/wallet.repo';
import { customerView, walletBalances, type CustomerView } from './wallet-reads';

export type CustomerDetail = CustomerView & { readonly balances: WalletBalanceView[] };
export type GetCustomer = (input: { readonly customerId: string }) => Promise<Result<CustomerDetail>>;

/** The customer, their wallet and its balance per currency, each one cached account row. */
export function getCustomer(ports: { readonly db: Database }): GetCustomer {
  return async ({ customerId }) =>
    ports.db.tx.read(async (tx) => {
      const customer = await findCustomer(tx, customerId);
      const wallet = customer ? await findWalletOfCustomer(tx, customer.id) : undefined;
      if (!customer || !wallet) return err('not_found', 'no such customer');
      return ok({ ...customerView(customer, wallet), balances: await walletBalances(tx, wallet.id) });
    });
}
