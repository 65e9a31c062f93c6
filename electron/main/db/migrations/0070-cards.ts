import type { Migration } from './migration';

/**
 * Card programs and cards (docs/ledger.md §11 "Cards", design ledger.md §7). Both are guarded
 * state (`card_program.state`, `card.state`), chained after every write. A card's balance is a
 * ledger account (kind `card`, owner = card id); the rows here hold only what the ledger cannot.
 *
 * The PAN exists only as AES-256-GCM ciphertext (`pan_ct`: nonce ‖ ciphertext ‖ tag, 41–47
 * bytes for 13–19 digits) under `key_version`, and as its keyed HMAC (`pan_hmac`, unique: lookup
 * and uniqueness without decrypting). BIN, last 4 and expiry are in clear. There is no column for
 * a security code, a clear PAN or a clear PIN, and there never will be (PCI DSS 3.3.1): the PIN is
 * its slow keyed hash, set at activation. `limits` is the JSON of shared/domain/cards.ts
 * `cardLimits`, copied from the program at issuance.
 *
 * `domain_record_by_payment` finds the refunds of one card payment (their records name it as
 * `paymentOperationId`) without scanning every record.
 */
const STATES = "'pending_activation', 'active', 'frozen', 'expired', 'closed'";
const LIMITS = (column: string) => `${column} TEXT NOT NULL CHECK (length(${column}) <= 1000 AND json_valid(${column}))`;

const SCHEMA = `
CREATE TABLE card_program (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  bin TEXT NOT NULL CHECK (length(bin) BETWEEN 6 AND 8 AND bin NOT GLOB '*[^0-9]*'),
  pan_length INTEGER NOT NULL CHECK (pan_length BETWEEN 13 AND 19 AND pan_length - length(bin) >= 2),
  expiry_months INTEGER NOT NULL CHECK (expiry_months BETWEEN 1 AND 120),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  ${LIMITS('limits')},
  created_at_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE card (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  program_id BLOB NOT NULL REFERENCES card_program(id),
  wallet_id BLOB NOT NULL REFERENCES wallet(id),
  pan_ct BLOB NOT NULL CHECK (length(pan_ct) BETWEEN 41 AND 47),
  pan_hmac BLOB NOT NULL CONSTRAINT card_pan_unique UNIQUE CHECK (length(pan_hmac) = 32),
  key_version INTEGER NOT NULL CHECK (key_version >= 1),
  bin TEXT NOT NULL CHECK (length(bin) BETWEEN 6 AND 8 AND bin NOT GLOB '*[^0-9]*'),
  last4 TEXT NOT NULL CHECK (length(last4) = 4 AND last4 NOT GLOB '*[^0-9]*'),
  exp_month INTEGER NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
  exp_year INTEGER NOT NULL CHECK (exp_year BETWEEN 2000 AND 9999),
  state TEXT NOT NULL CHECK (state IN (${STATES})),
  close_reason TEXT CHECK (close_reason IN ('user', 'lost', 'stolen', 'expired')),
  replaced_by BLOB REFERENCES card(id),
  pin_salt BLOB CHECK (pin_salt IS NULL OR length(pin_salt) = 16),
  pin_hash BLOB CHECK (pin_hash IS NULL OR length(pin_hash) = 32),
  pin_params TEXT CHECK (pin_params IS NULL OR length(pin_params) <= 64),
  pin_failures INTEGER NOT NULL DEFAULT 0 CHECK (pin_failures BETWEEN 0 AND 3),
  pin_blocked INTEGER NOT NULL DEFAULT 0 CHECK (pin_blocked IN (0, 1)),
  ${LIMITS('limits')},
  created_at_ms INTEGER NOT NULL,
  CHECK ((state = 'closed') = (close_reason IS NOT NULL)),
  CHECK (replaced_by IS NULL OR state = 'closed'),
  CHECK ((pin_salt IS NULL) = (pin_hash IS NULL) AND (pin_hash IS NULL) = (pin_params IS NULL)),
  -- Only a card still waiting for its PIN has none.
  CHECK ((pin_hash IS NULL) = (state = 'pending_activation') OR state IN ('expired', 'closed'))
) STRICT, WITHOUT ROWID;
CREATE INDEX card_by_wallet ON card(wallet_id, created_at_ms);
CREATE INDEX card_by_last4 ON card(last4);

CREATE INDEX domain_record_by_payment ON domain_record(json_extract(body, '$.paymentOperationId'))
  WHERE json_type(body, '$.paymentOperationId') = 'text';
`;

export const migration0070: Migration = {
  version: 70,
  name: 'cards',
  async up(tx) {
    await tx.exec(SCHEMA);
  },
};
