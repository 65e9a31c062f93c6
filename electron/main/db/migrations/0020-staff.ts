import type { Migration } from './migration';

/**
 * Staff members and their sign-in state. Secrets are stored only as a keyed scrypt hash; the
 * failure counter and lock time change in the same transaction as the failed attempt, with an
 * audit row in the journal.
 */
const SCHEMA = `
CREATE TABLE staff (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  staff_code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(staff_code) BETWEEN 2 AND 16),
  display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  role TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'cashier')),
  secret_kind TEXT NOT NULL CHECK (secret_kind IN ('pin', 'password')),
  secret_salt BLOB NOT NULL CHECK (length(secret_salt) = 16),
  secret_hash BLOB NOT NULL CHECK (length(secret_hash) = 32),
  secret_params TEXT NOT NULL CHECK (length(secret_params) <= 64),
  failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until_ms INTEGER,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at_ms INTEGER NOT NULL,
  last_sign_in_at_ms INTEGER
) STRICT, WITHOUT ROWID;
CREATE TRIGGER staff_no_delete BEFORE DELETE ON staff
BEGIN SELECT RAISE(ABORT, 'append_only: staff are disabled, never deleted'); END;
`;

export const migration0020: Migration = {
  version: 20,
  name: 'staff',
  async up(tx) {
    await tx.exec(SCHEMA);
  },
};
