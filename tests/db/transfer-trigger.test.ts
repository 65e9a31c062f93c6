import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBytes, readInt } from '../../electron/main/db/sql-value';
import { newId, uuidToBytes } from '../../shared/domain/ids';
import { openTestLedger, TEST_ACTOR, type TestLedger } from '../support/test-db';
import { openAccounts, seedBatches } from './db-fixtures';

/**
 * The schema's own backstop behind the planner: a transfer row whose accounts are not both on
 * its ledger, or that moves money into or out of a closed account, is refused by the database.
 */
describe('transfer_accounts_allowed trigger', () => {
  let ledger: TestLedger;
  let template: Record<string, unknown>;
  let usdAccount: Uint8Array;
  let nextLeg = 100;

  beforeAll(async () => {
    ledger = await openTestLedger();
    const accounts = await openAccounts(ledger.store);
    await seedBatches(ledger.store, accounts, { batches: 1, legsPerBatch: 1 });
    expect((await ledger.store.createLedger('USD', TEST_ACTOR)).ok).toBe(true);
    const usd = newId();
    expect((await ledger.store.openAccount({ id: usd, currency: 'USD', kind: 'cash', flags: 0 }, TEST_ACTOR)).ok).toBe(true);
    usdAccount = uuidToBytes(usd);
    const row = await ledger.db.tx.read((tx) => tx.get('SELECT seq, ledger_id, debit_account_id, credit_account_id FROM transfer LIMIT 1'));
    if (!row) throw new Error('no transfer to copy');
    template = row;
  });
  afterAll(() => ledger.db.close());

  const insert = (debit: Uint8Array, credit: Uint8Array): Promise<string> => {
    nextLeg += 1;
    const t = template;
    return ledger.db.tx
      .write((tx) => tx.run(
        `INSERT INTO transfer (key, id, ledger_id, debit_account_id, credit_account_id, amount, code, kind)
         VALUES (?, ?, ?, ?, ?, 1, 'probe', 'single')`,
        [readInt(t, 'seq') * 1024 + nextLeg, uuidToBytes(newId()), readInt(t, 'ledger_id'), debit, credit]))
      .then(() => 'inserted', (error: unknown) => (error instanceof Error ? error.message : String(error)));
  };

  it('accepts two open accounts on the transfer ledger', async () => {
    expect(await insert(readBytes(template, 'debit_account_id'), readBytes(template, 'credit_account_id'))).toBe('inserted');
  });

  it('refuses an account on another ledger', async () => {
    expect(await insert(readBytes(template, 'debit_account_id'), usdAccount)).toContain('ledger_mismatch');
  });

  it('refuses an account that does not exist', async () => {
    expect(await insert(readBytes(template, 'debit_account_id'), uuidToBytes(newId()))).toContain('ledger_mismatch');
  });

  it('refuses a closed account', async () => {
    const credit = readBytes(template, 'credit_account_id');
    await ledger.db.tx.write((tx) => tx.run('UPDATE account SET closed = 1 WHERE id = ?', [credit]));
    expect(await insert(readBytes(template, 'debit_account_id'), credit)).toContain('account_closed');
  });
});
