import { err, ok, type Result } from '../../../../shared/domain/result';
import type { StatementLine } from '../../../../shared/domain/statement';
import type { Database } from '../../db/connection';
import { findWallet } from '../../db/repositories/wallet.repo';
import { accountStatement } from '../ledger/account-statement';
import { walletAccountIn } from './wallet-reads';

export type WalletStatementInput = {
  readonly walletId: string;
  readonly currency: string;
  readonly fromMs?: number | undefined;
  readonly toMs?: number | undefined;
  readonly beforeKey?: number | undefined;
  readonly limit: number;
};

export type WalletStatementPage = {
  readonly walletId: string;
  readonly currency: string;
  readonly lines: StatementLine[];
  readonly nextBeforeKey: number | null;
};

export type WalletStatement = (input: WalletStatementInput) => Promise<Result<WalletStatementPage>>;

/**
 * A page of a wallet's statement in one currency, newest first, through the ledger's account
 * statement (the per-account index of migration 90). The wallet is found first; its account in
 * that currency is the only account read, so a caller can never page through another account. A
 * currency the wallet never held has an empty statement (nothing is opened for it).
 */
export function walletStatement(ports: { readonly db: Database }): WalletStatement {
  const statement = accountStatement(ports);
  return async (input) => {
    const accountId = await ports.db.tx.read(async (tx) => {
      const wallet = await findWallet(tx, input.walletId);
      return wallet ? ((await walletAccountIn(tx, wallet.id, input.currency)) ?? null) : undefined;
    });
    if (accountId === undefined) return err('not_found', 'no such wallet');
    const empty = { walletId: input.walletId, currency: input.currency, lines: [], nextBeforeKey: null };
    if (accountId === null) return ok(empty);
    const page = await statement({
      accountId, fromMs: input.fromMs, toMs: input.toMs, beforeKey: input.beforeKey, limit: input.limit,
    });
    // The contract bounds the limit and orders the times, and the account was just found: a
    // refusal here is a bug, not an answer.
    if (!page.ok) throw new Error(`the statement of a wallet account was refused: ${page.error.code}`);
    return ok({ ...empty, lines: [...page.value.lines], nextBeforeKey: page.value.nextBeforeKey });
  };
}
