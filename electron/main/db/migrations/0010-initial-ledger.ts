import type { Migration } from './migration';

/**
 * Amount columns are declared `ANY` with a `typeof(...) = 'integer'` CHECK. In a STRICT table an
 * INTEGER column would first coerce the text '1999' into 1999 and the CHECK would never see the
 * string; ANY stores exactly what was bound, so a string, a float, or the NULL that node-sqlite3
 * binds for BigInt and NaN all fail with SQLITE_CONSTRAINT. Bounds keep every value a JS safe
 * integer (2^53 - 1) and every transfer within AMOUNT_MINOR_MAX (10^11).
 */
const balance = (column: string): string =>
  `${column} ANY NOT NULL DEFAULT 0 CHECK (typeof(${column}) = 'integer' ` +
  `AND ${column} BETWEEN 0 AND 9007199254740991)`;

const SCHEMA = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
  value TEXT NOT NULL CHECK (length(value) <= 4096)
) STRICT;

CREATE TABLE ledger (
  id INTEGER PRIMARY KEY,
  currency TEXT NOT NULL UNIQUE CHECK (length(currency) = 3 AND currency = upper(currency)),
  asset_scale INTEGER NOT NULL CHECK (asset_scale BETWEEN 0 AND 4),
  created_at_ms INTEGER NOT NULL
) STRICT;

CREATE TABLE account (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  ledger_id INTEGER NOT NULL REFERENCES ledger(id),
  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  owner_ref TEXT CHECK (owner_ref IS NULL OR length(owner_ref) BETWEEN 1 AND 120),
  -- 2: debits must not exceed credits (wallets); 4: credits must not exceed debits. Exclusive.
  flags INTEGER NOT NULL DEFAULT 0 CHECK (flags IN (0, 2, 4)),
  closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
  ${balance('debits_pending')},
  ${balance('debits_posted')},
  ${balance('credits_pending')},
  ${balance('credits_posted')},
  created_at_ms INTEGER NOT NULL,
  CHECK (NOT (flags & 2) OR debits_pending + debits_posted <= credits_posted),
  CHECK (NOT (flags & 4) OR credits_pending + credits_posted <= debits_posted)
) STRICT, WITHOUT ROWID;
CREATE INDEX account_by_ledger ON account(ledger_id);

CREATE TABLE journal (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  ref_id BLOB CHECK (ref_id IS NULL OR length(ref_id) = 16),
  payload BLOB NOT NULL,
  device_ts_ms INTEGER NOT NULL,
  prev_mac BLOB NOT NULL CHECK (length(prev_mac) = 32),
  mac BLOB NOT NULL CHECK (length(mac) = 32)
) STRICT;

CREATE TABLE chain_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
  head_mac BLOB NOT NULL CHECK (length(head_mac) = 32)
) STRICT;

CREATE TABLE batch (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  request_hash BLOB NOT NULL CHECK (length(request_hash) = 32),
  -- Found through journal.ref_id (= id); verify checks that seq agrees.
  seq INTEGER NOT NULL REFERENCES journal(seq),
  staff_id TEXT NOT NULL CHECK (length(staff_id) BETWEEN 1 AND 64),
  terminal_id TEXT NOT NULL CHECK (length(terminal_id) BETWEEN 1 AND 64),
  created_at_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE transfer (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  batch_id BLOB NOT NULL REFERENCES batch(id),
  seq INTEGER NOT NULL REFERENCES journal(seq),
  leg INTEGER NOT NULL CHECK (leg BETWEEN 0 AND 999),
  ledger_id INTEGER NOT NULL REFERENCES ledger(id),
  debit_account_id BLOB NOT NULL REFERENCES account(id),
  credit_account_id BLOB NOT NULL REFERENCES account(id),
  amount ANY NOT NULL CHECK (typeof(amount) = 'integer' AND amount BETWEEN 1 AND 100000000000),
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
  kind TEXT NOT NULL CHECK (kind IN ('single', 'pending', 'post', 'void', 'expire')),
  pending_id BLOB REFERENCES transfer(id),
  expires_at_ms INTEGER,
  memo TEXT CHECK (memo IS NULL OR length(memo) <= 500),
  staff_id TEXT NOT NULL CHECK (length(staff_id) BETWEEN 1 AND 64),
  terminal_id TEXT NOT NULL CHECK (length(terminal_id) BETWEEN 1 AND 64),
  created_at_ms INTEGER NOT NULL,
  UNIQUE (seq, leg),
  CHECK (debit_account_id <> credit_account_id),
  CHECK ((kind IN ('post', 'void', 'expire')) = (pending_id IS NOT NULL)),
  CHECK ((kind = 'pending') = (expires_at_ms IS NOT NULL))
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX transfer_resolves_once ON transfer(pending_id) WHERE pending_id IS NOT NULL;
-- No per-account indexes on transfer yet: every index is one more page written per durable
-- commit (ledger.md §10); account statements will add them in their own migration.
CREATE INDEX transfer_open_holds ON transfer(expires_at_ms, seq) WHERE kind = 'pending';

CREATE TABLE transfer_rejection (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  request_hash BLOB NOT NULL CHECK (length(request_hash) = 32),
  seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq),
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
  message TEXT NOT NULL CHECK (length(message) <= 500),
  staff_id TEXT NOT NULL CHECK (length(staff_id) BETWEEN 1 AND 64),
  created_at_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE outbox (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  seq INTEGER NOT NULL REFERENCES journal(seq),
  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  payload BLOB NOT NULL,
  created_at_ms INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'settled', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0)
) STRICT, WITHOUT ROWID;
CREATE INDEX outbox_pending ON outbox(seq) WHERE state = 'pending';

-- Both accounts of a transfer sit on its ledger, and closed accounts only release their holds:
-- one trigger, one lookup of the two accounts per row.
CREATE TRIGGER transfer_accounts_allowed BEFORE INSERT ON transfer
BEGIN
  SELECT CASE
    WHEN count(*) <> 2 OR sum(ledger_id <> NEW.ledger_id) > 0 THEN RAISE(ABORT, 'ledger_mismatch')
    WHEN NEW.kind NOT IN ('void', 'expire') AND sum(closed) > 0 THEN RAISE(ABORT, 'account_closed')
  END
  FROM account WHERE id IN (NEW.debit_account_id, NEW.credit_account_id);
END;

-- The chain is gapless and its head advances in the very statement that appends a row.
CREATE TRIGGER journal_gapless BEFORE INSERT ON journal
WHEN NEW.seq <> (SELECT last_seq + 1 FROM chain_state WHERE id = 1)
  OR NEW.prev_mac <> (SELECT head_mac FROM chain_state WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'journal_out_of_order'); END;
CREATE TRIGGER journal_advances_head AFTER INSERT ON journal
BEGIN UPDATE chain_state SET last_seq = NEW.seq, head_mac = NEW.mac WHERE id = 1; END;
`;

const APPEND_ONLY = ['transfer', 'journal', 'batch', 'transfer_rejection'];

function appendOnlyTriggers(table: string): string {
  return `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append_only: ${table} rows are immutable'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append_only: ${table} rows are immutable'); END;`;
}

export const migration0010: Migration = {
  version: 10,
  name: 'initial-ledger',
  async up(tx) {
    await tx.exec(SCHEMA + APPEND_ONLY.map(appendOnlyTriggers).join('\n'));
  },
};
