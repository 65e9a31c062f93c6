/**
 * The ledger schema of migration 30. Tables are created with a `_v30` suffix and renamed once the
 * old ones are gone; indexes, views and triggers are created after the rename, under their final
 * names. Amount columns are `ANY` + `typeof(...) = 'integer'` as in migration 10 (a STRICT
 * INTEGER column would coerce '1999' before the CHECK saw it).
 */
const balance = (column: string): string =>
  `${column} ANY NOT NULL DEFAULT 0 CHECK (typeof(${column}) = 'integer' ` +
  `AND ${column} BETWEEN 0 AND 9007199254740991)`;

export const LEDGER_SCHEMA_0030 = `
CREATE TABLE chain_genesis_v30 (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  mac BLOB NOT NULL CHECK (length(mac) = 32)
) STRICT;

-- One row per chained event. payload IS NULL: rebuilt from the rows the entry describes.
CREATE TABLE journal_v30 (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  ref_id BLOB CHECK (ref_id IS NULL OR length(ref_id) = 16),
  actor_id TEXT CHECK (actor_id IS NULL OR length(actor_id) BETWEEN 1 AND 64),
  request_hash BLOB CHECK (request_hash IS NULL OR length(request_hash) = 32),
  device_ts_ms INTEGER NOT NULL,
  payload BLOB,
  prev_mac BLOB NOT NULL CHECK (length(prev_mac) = 32),
  mac BLOB NOT NULL CHECK (length(mac) = 32)
) STRICT;

CREATE TABLE ledger_v30 (
  id INTEGER PRIMARY KEY,
  currency TEXT NOT NULL UNIQUE CHECK (length(currency) = 3 AND currency = upper(currency)),
  asset_scale INTEGER NOT NULL CHECK (asset_scale BETWEEN 0 AND 4),
  seq INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE account_v30 (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  ledger_id INTEGER NOT NULL REFERENCES ledger_v30(id),
  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  owner_ref TEXT CHECK (owner_ref IS NULL OR length(owner_ref) BETWEEN 1 AND 120),
  -- 2: debits must not exceed credits (wallets); 4: credits must not exceed debits. Exclusive.
  flags INTEGER NOT NULL DEFAULT 0 CHECK (flags IN (0, 2, 4)),
  closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
  ${balance('debits_pending')},
  ${balance('debits_posted')},
  ${balance('credits_pending')},
  ${balance('credits_posted')},
  seq INTEGER NOT NULL UNIQUE,
  CONSTRAINT debits_within_credits CHECK (NOT (flags & 2) OR debits_pending + debits_posted <= credits_posted),
  CONSTRAINT credits_within_debits CHECK (NOT (flags & 4) OR credits_pending + credits_posted <= debits_posted)
) STRICT, WITHOUT ROWID;

-- key = seq * 1024 + leg: every batch appends at the right edge of the table's b-tree.
CREATE TABLE transfer_v30 (
  key INTEGER PRIMARY KEY,
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  seq INTEGER NOT NULL GENERATED ALWAYS AS (key >> 10) VIRTUAL,
  leg INTEGER NOT NULL GENERATED ALWAYS AS (key & 1023) VIRTUAL,
  -- No foreign keys: transfer_accounts_allowed finds both accounts on this ledger before every
  -- insert (and accounts are never deleted), and a resolution's hold is read by the balance
  -- trigger; three more lookups per row would only repeat those.
  ledger_id INTEGER NOT NULL,
  debit_account_id BLOB NOT NULL,
  credit_account_id BLOB NOT NULL,
  amount ANY NOT NULL CHECK (typeof(amount) = 'integer' AND amount BETWEEN 1 AND 100000000000),
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
  kind TEXT NOT NULL CHECK (kind IN ('single', 'pending', 'post', 'void', 'expire')),
  pending_id BLOB,
  expires_at_ms INTEGER,
  memo TEXT CHECK (memo IS NULL OR length(memo) <= 500),
  CHECK (key >= 1024 AND (key & 1023) <= 999),
  CHECK (debit_account_id <> credit_account_id),
  CHECK ((kind IN ('post', 'void', 'expire')) = (pending_id IS NOT NULL)),
  CHECK ((kind = 'pending') = (expires_at_ms IS NOT NULL))
) STRICT;

-- A recorded decline: batch id, request hash, staff and time are in its journal row.
CREATE TABLE transfer_rejection_v30 (
  seq INTEGER PRIMARY KEY,
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
  message TEXT NOT NULL CHECK (length(message) <= 500)
) STRICT;

-- The typed detail of an audit entry (JSON of its kind's schema); kind, staff and time are in
-- the journal row.
CREATE TABLE audit_v30 (
  seq INTEGER PRIMARY KEY,
  origin TEXT NOT NULL CHECK (length(origin) BETWEEN 1 AND 16),
  -- JSON escapes a control character as six characters: 500 of them in a note stay inside.
  detail TEXT NOT NULL CHECK (length(detail) <= 8000 AND json_valid(detail))
) STRICT;

-- The journal is the outbox: the relay reads entries of outbox kinds after this cursor.
CREATE TABLE sync_cursor (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  acked_seq INTEGER NOT NULL CHECK (acked_seq >= 0)
) STRICT;
INSERT INTO sync_cursor (id, acked_seq) VALUES (1, 0);

-- Per-item delivery state, written only by the relay (nothing on the write path).
CREATE TABLE outbox_item (
  seq INTEGER PRIMARY KEY,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'accepted', 'rejected', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at_ms INTEGER,
  last_error TEXT CHECK (last_error IS NULL OR length(last_error) <= 500)
) STRICT;
`;

const APPEND_ONLY = ['journal', 'transfer', 'transfer_rejection', 'audit', 'ledger', 'chain_genesis'];

const appendOnly = (table: string): string => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append_only'); END;`;

/** Created after the tables carry their final names. */
export const LEDGER_OBJECTS_0030 = `
CREATE UNIQUE INDEX journal_operation ON journal(ref_id) WHERE kind IN ('ledger.batch', 'ledger.rejection');
CREATE INDEX account_by_ledger ON account(ledger_id);
CREATE UNIQUE INDEX transfer_resolves_once ON transfer(pending_id) WHERE pending_id IS NOT NULL;
CREATE INDEX transfer_open_holds ON transfer(expires_at_ms, key) WHERE kind = 'pending';

-- Gapless, and linked to the previous row (or the genesis): the head is the last row itself.
CREATE TRIGGER journal_gapless BEFORE INSERT ON journal
WHEN NEW.seq IS NOT coalesce((SELECT max(seq) FROM journal), 0) + 1
  OR NEW.prev_mac IS NOT coalesce((SELECT mac FROM journal ORDER BY seq DESC LIMIT 1),
                                  (SELECT mac FROM chain_genesis WHERE id = 1))
BEGIN SELECT RAISE(ABORT, 'journal_out_of_order'); END;

-- Both accounts of a transfer sit on its ledger, and closed accounts only release their holds.
CREATE TRIGGER transfer_accounts_allowed BEFORE INSERT ON transfer
BEGIN
  SELECT CASE
    WHEN count(*) <> 2 OR sum(ledger_id <> NEW.ledger_id) > 0 THEN RAISE(ABORT, 'ledger_mismatch')
    WHEN NEW.kind NOT IN ('void', 'expire') AND sum(closed) > 0 THEN RAISE(ABORT, 'account_closed')
  END
  FROM account WHERE id IN (NEW.debit_account_id, NEW.credit_account_id);
END;

-- A transfer moves the cached balances of its two accounts in the statement that inserts it, so
-- the CHECKs judge every leg in order (a later leg sees what an earlier one did) and no insert
-- can leave a balance that differs from its transfers. Resolutions release the whole held amount.
-- Only while a batch that touches each account on one side only is being written (its order
-- cannot change any outcome) are the moves deferred to one UPDATE per account: balance_mode.
CREATE TABLE balance_mode (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  deferred INTEGER NOT NULL CHECK (deferred IN (0, 1))
) STRICT;
INSERT INTO balance_mode (id, deferred) VALUES (1, 0);

CREATE TRIGGER transfer_moves_balances AFTER INSERT ON transfer
WHEN (SELECT deferred FROM balance_mode WHERE id = 1) = 0
BEGIN
  UPDATE account SET
    debits_pending = debits_pending + CASE NEW.kind WHEN 'pending' THEN NEW.amount WHEN 'single' THEN 0
      ELSE -(SELECT p.amount FROM transfer p WHERE p.id = NEW.pending_id) END,
    debits_posted = debits_posted + CASE WHEN NEW.kind IN ('single', 'post') THEN NEW.amount ELSE 0 END
  WHERE id = NEW.debit_account_id;
  UPDATE account SET
    credits_pending = credits_pending + CASE NEW.kind WHEN 'pending' THEN NEW.amount WHEN 'single' THEN 0
      ELSE -(SELECT p.amount FROM transfer p WHERE p.id = NEW.pending_id) END,
    credits_posted = credits_posted + CASE WHEN NEW.kind IN ('single', 'post') THEN NEW.amount ELSE 0 END
  WHERE id = NEW.credit_account_id;
END;

-- One statement per batch: the journal row and every transfer (whose trigger moves the balances,
-- or, with deltas, one UPDATE per account after them).
-- transfers: [[leg, id hex, currency, debit hex, credit hex, amount, code, kind, pending hex,
-- expires at, memo], …] in leg order (jsonb_each walks an array in order; an ORDER BY would add a
-- sort, and the ledger model test would catch legs applied out of order); deltas: NULL, or [[account hex, debits pending, debits
-- posted, credits pending, credits posted], …] with one entry per account.
CREATE VIEW batch_write (seq, ref_id, actor_id, request_hash, device_ts_ms, prev_mac, mac, transfers, deltas) AS
  SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL;
CREATE TRIGGER batch_write_insert INSTEAD OF INSERT ON batch_write
BEGIN
  INSERT INTO journal (seq, kind, ref_id, actor_id, request_hash, device_ts_ms, payload, prev_mac, mac)
    VALUES (NEW.seq, 'ledger.batch', NEW.ref_id, NEW.actor_id, NEW.request_hash, NEW.device_ts_ms, NULL,
      NEW.prev_mac, NEW.mac);
  UPDATE balance_mode SET deferred = 1 WHERE id = 1 AND NEW.deltas IS NOT NULL;
  INSERT INTO transfer (key, id, ledger_id, debit_account_id, credit_account_id, amount, code, kind,
      pending_id, expires_at_ms, memo)
    SELECT NEW.seq * 1024 + (t.value ->> 0), unhex(t.value ->> 1),
      (SELECT l.id FROM ledger l WHERE l.currency = t.value ->> 2), unhex(t.value ->> 3),
      unhex(t.value ->> 4), t.value ->> 5, t.value ->> 6, t.value ->> 7, unhex(t.value ->> 8),
      t.value ->> 9, t.value ->> 10
    FROM jsonb_each(NEW.transfers) AS t;
  UPDATE account SET debits_pending = debits_pending + d.dp, debits_posted = debits_posted + d.dpo,
      credits_pending = credits_pending + d.cp, credits_posted = credits_posted + d.cpo
    FROM (SELECT unhex(value ->> 0) AS id, value ->> 1 AS dp, value ->> 2 AS dpo, value ->> 3 AS cp,
      value ->> 4 AS cpo FROM jsonb_each(NEW.deltas)) AS d
    WHERE account.id = d.id;
  SELECT RAISE(ABORT, 'balance_update_missed')
    WHERE NEW.deltas IS NOT NULL AND changes() <> json_array_length(NEW.deltas);
  UPDATE balance_mode SET deferred = 0 WHERE id = 1 AND NEW.deltas IS NOT NULL;
END;
CREATE TRIGGER account_no_delete BEFORE DELETE ON account
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
${APPEND_ONLY.map(appendOnly).join('\n')}
`;
