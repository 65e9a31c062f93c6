import { ACCOUNT_KINDS } from '../../../../shared/domain/account-kinds';
import { formatWalletAddress, type WalletAddress } from '../../../../shared/domain/wallet-address';
import { walletBalanceView, type WalletBalanceView } from '../../core/wallets/wallet-batches';
import { findOwnedAccount, ownedAccounts, readBalance } from '../../db/repositories/account.repo';
import type { CustomerRow } from '../../db/repositories/customer.repo';
import { findLedger } from '../../db/repositories/ledger.repo';
import type { ReadTx } from '../../db/tx';

export type WalletRef = { readonly id: string; readonly address: string; readonly addressText: string };

export type CustomerView = {
  readonly id: string;
  readonly displayName: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly note: string | null;
  readonly createdAtMs: number;
  readonly wallet: WalletRef;
};

export function walletRef(wallet: { readonly id: string; readonly address: string }): WalletRef {
  return { id: wallet.id, address: wallet.address, addressText: formatWalletAddress(wallet.address as WalletAddress) };
}

export function customerView(c: CustomerRow, wallet: { readonly id: string; readonly address: string }): CustomerView {
  return {
    id: c.id, displayName: c.displayName, phone: c.phone, email: c.email, note: c.note, createdAtMs: c.createdAtMs, wallet: walletRef(wallet),
  };
}

/** Every balance of a wallet, one cached account row per currency it has used (by currency). */
export async function walletBalances(tx: ReadTx, walletId: string): Promise<WalletBalanceView[]> {
  const views: WalletBalanceView[] = [];
  for (const account of await ownedAccounts(tx, walletId, ACCOUNT_KINDS.wallet.kind)) {
    const balance = await readBalance(tx, account.accountId);
    if (balance) views.push(walletBalanceView(balance));
  }
  return views;
}

/** The wallet's account in a currency, if it ever held that currency (nothing is opened here). */
export async function walletAccountIn(tx: ReadTx, walletId: string, currency: string): Promise<string | undefined> {
  const ledger = await findLedger(tx, currency);
  return ledger ? findOwnedAccount(tx, walletId, ACCOUNT_KINDS.wallet.kind, ledger.ledgerId) : undefined;
}

/** One balance of a wallet's account, as the screens show it. */
export async function balanceOfAccount(tx: ReadTx, accountId: string): Promise<WalletBalanceView> {
  const balance = await readBalance(tx, accountId);
  if (!balance) throw new Error(`account ${accountId} vanished`);
  return walletBalanceView(balance);
}
