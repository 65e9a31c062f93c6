import { err, ok, type Result } from '../../../../shared/domain/result';
import { STATEMENT_PAGE_MAX, type StatementPage, type StatementQuery } from '../../../../shared/domain/statement';
import { findAccount } from '../../db/repositories/account.repo';
import { readStatement, STATEMENT_ACCOUNT_KINDS } from '../../db/repositories/statement.repo';
import type { LedgerDb } from './ports';

export type AccountStatement = (query: StatementQuery) => Promise<Result<StatementPage>>;

/**
 * A page of one account's statement, newest first, in one read transaction (the page and the
 * account it belongs to are one snapshot). The card and wallet use cases call this after they have
 * found the account their caller may see; it never decides who may read which account.
 */
export function accountStatement(ports: Pick<LedgerDb, 'db'>): AccountStatement {
  return async (query) => {
    if (!Number.isSafeInteger(query.limit) || query.limit < 1 || query.limit > STATEMENT_PAGE_MAX) {
      return err('invalid_input', `limit must be 1 to ${STATEMENT_PAGE_MAX}`);
    }
    if (query.fromMs !== undefined && query.toMs !== undefined && query.fromMs > query.toMs) {
      return err('invalid_input', 'fromMs must not be after toMs');
    }
    return ports.db.tx.read(async (tx) => {
      const account = await findAccount(tx, query.accountId);
      if (!account) return err('account_not_found', 'no such account');
      // Only customers' accounts are filed for statements (migration 90); an empty page would lie.
      if (!STATEMENT_ACCOUNT_KINDS.includes(account.kind)) return err('invalid_input', `no statement is kept for ${account.kind} accounts`);
      return ok(await readStatement(tx, query));
    });
  };
}
