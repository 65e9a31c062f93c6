import type { Migration } from './migration';

/**
 * Account statements (issue 8 §5): a per-account transfer index, kept for the accounts that need
 * a statement (customers' wallets and cards), newest first through (account, key).
 *
 * Two plain indexes on `transfer(debit_account_id)` and `transfer(credit_account_id)` were tried
 * first: every leg then inserts into both, at each account's own place in the b-tree, and B1
 * fell from 0.56 to 0.44. The merchant's side of a movement (cash drawer, sales, clearing) is
 * never read by account here, so only legs that touch a customer's account file an entry:
 * one insert per such leg, decided by a trigger that reads the two account rows the
 * `transfer_accounts_allowed` trigger has just read (hot pages). The entries are derived: `verify`
 * rebuilds them from the transfers and names any difference. Existing transfers are filed here.
 */
const SCHEMA = `
CREATE TABLE account_entry (
  account_id BLOB NOT NULL CHECK (length(account_id) = 16),
  key INTEGER NOT NULL,
  PRIMARY KEY (account_id, key)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER account_entry_no_update BEFORE UPDATE ON account_entry
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER account_entry_no_delete BEFORE DELETE ON account_entry
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- A second INSTEAD OF trigger on the one-statement batch write (migration 30): it files the legs
-- of the batch from the same JSON, so it needs no per-row trigger on transfer.
CREATE TRIGGER batch_write_files_statement INSTEAD OF INSERT ON batch_write
BEGIN
  INSERT INTO account_entry (account_id, key)
    SELECT a.id, NEW.seq * 1024 + (t.value ->> 0) FROM jsonb_each(NEW.transfers) AS t
    JOIN account a ON a.id IN (unhex(t.value ->> 3), unhex(t.value ->> 4))
    WHERE a.kind IN ('wallet', 'card');
END;

INSERT INTO account_entry (account_id, key)
  SELECT a.id, t.key FROM transfer t JOIN account a ON a.id IN (t.debit_account_id, t.credit_account_id)
  WHERE a.kind IN ('wallet', 'card');
`;

export const migration0090: Migration = {
  version: 90,
  name: 'statement-index',
  async up(tx) {
    await tx.exec(SCHEMA);
  },
};
