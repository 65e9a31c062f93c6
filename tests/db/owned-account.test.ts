import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../electron/main/db/connection';
import { OWNED_ACCOUNT_IN_SQL } from '../../electron/main/db/repositories/account.repo';
import { openTestDb } from '../support/test-db';

// The hot-path lookup of ensureAccountIn (findOwnedAccountIn): an owner's account of a kind by its
// ledger's currency in one statement, through the owner index (a card sale asks for six of them).
// That it finds the right account per currency is shown by the wallet conversion tests.
let db: Database;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(async () => db.close());

describe('findOwnedAccountIn', () => {
  it('uses the owner index and the ledger key, never a scan of accounts', async () => {
    const plan = await db.tx.read((tx) => tx.all(`EXPLAIN QUERY PLAN ${OWNED_ACCOUNT_IN_SQL}`, ['owner', 1, 'CNY']));
    const detail = plan.map((r) => String(r['detail'])).join('\n');
    expect(detail).toMatch(/SEARCH a USING INDEX account_by_owner/);
    expect(detail).not.toMatch(/SCAN a\b/);
  });
});
