import type { Migration } from './migration';

/**
 * Customers, wallets and records (docs/ledger.md §10, issue 8). A wallet's balances are ledger
 * accounts (kind `wallet`, owner = wallet id, one per currency, debits ≤ credits), found through
 * `account_by_owner`, so a balance is read in O(1) from the cached account row. Customer and
 * wallet rows are guarded state (chained as `customer.state` / `wallet.state`). `domain_record`
 * holds what an operation meant (shared/domain/records), one row per journal entry of a record
 * kind, append-only like every history table.
 */
const SCHEMA = `
CREATE TABLE customer (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  phone TEXT CHECK (phone IS NULL OR length(phone) <= 40),
  email TEXT CHECK (email IS NULL OR length(email) <= 254),
  note TEXT CHECK (note IS NULL OR length(note) <= 500),
  search_key TEXT NOT NULL CHECK (length(search_key) <= 1000),
  created_at_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX customer_by_created ON customer(created_at_ms, id);

CREATE TABLE wallet (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  customer_id BLOB NOT NULL UNIQUE REFERENCES customer(id),
  address TEXT NOT NULL CONSTRAINT wallet_address_unique UNIQUE CHECK (length(address) BETWEEN 1 AND 20),
  created_at_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX account_by_owner ON account(owner_ref, kind, ledger_id) WHERE owner_ref IS NOT NULL;

CREATE TABLE domain_record (
  seq INTEGER PRIMARY KEY,
  subject BLOB NOT NULL CHECK (length(subject) = 16),
  body TEXT NOT NULL CHECK (length(body) <= 8000 AND json_valid(body))
) STRICT;
CREATE INDEX domain_record_by_subject ON domain_record(subject, seq);
CREATE TRIGGER domain_record_no_update BEFORE UPDATE ON domain_record
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER domain_record_no_delete BEFORE DELETE ON domain_record
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
`;

export const migration0050: Migration = {
  version: 50,
  name: 'wallets',
  async up(tx) {
    await tx.exec(SCHEMA);
  },
};
