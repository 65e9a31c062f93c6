import { isUuidV7 } from '../../../../shared/domain/ids';
import type { AccountBalance } from '../../../../shared/domain/ledger-types';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Database } from '../../db/connection';
import { readBalance } from '../../db/repositories/account.repo';

export type AccountBalanceRead = (accountId: string) => Promise<Result<AccountBalance>>;

/** O(1): the cached balances of one account, one statement with no transaction around it. */
export function accountBalance(ports: { readonly db: Database }): AccountBalanceRead {
  return async (accountId) => {
    if (!isUuidV7(accountId)) return err('invalid_input', 'account id must be a UUIDv7');
    const found = await readBalance({ get: (sql, params) => ports.db.tx.getOne(sql, params) }, accountId);
    return found ? ok(found) : err('account_not_found', 'no such account');
  };
}
