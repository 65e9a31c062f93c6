import { err, ok, type Result } from '../../../../shared/domain/result';
import { parseWalletAddress } from '../../../../shared/domain/wallet-address';
import type { Database } from '../../db/connection';
import { findCustomer } from '../../db/repositories/customer.repo';
import { findWalletByAddress } from '../../db/repositories/wallet.repo';
import { walletRef } from './wallet-reads';

export type WalletLookup = {
  readonly walletId: string;
  readonly customerId: string;
  readonly displayName: string;
  readonly address: string;
  readonly addressText: string;
};
export type LookupWallet = (input: { readonly address: string }) => Promise<Result<WalletLookup>>;

/**
 * A typed or scanned address → its wallet and holder. The check symbol is verified first, so a
 * typo is `invalid_wallet_address` without any database read (and never lands on someone else's
 * wallet); a well-formed address nobody holds is `not_found`.
 */
export function lookupWallet(ports: { readonly db: Database }): LookupWallet {
  return async ({ address }) => {
    const parsed = parseWalletAddress(address);
    if (!parsed.ok) return err(parsed.error.code, parsed.error.message);
    return ports.db.tx.read(async (tx) => {
      const wallet = await findWalletByAddress(tx, parsed.value);
      const customer = wallet ? await findCustomer(tx, wallet.customerId) : undefined;
      if (!wallet || !customer) return err('not_found', 'no wallet has this address');
      const ref = walletRef(wallet);
      return ok({ walletId: wallet.id, customerId: customer.id, displayName: customer.displayName, address: ref.address, addressText: ref.addressText });
    });
  };
}
