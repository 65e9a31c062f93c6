import type { Migration } from './migration';

/**
 * Prepaid top-up vouchers (docs/ledger.md §11, "Vouchers"). A batch fixes the currency, the face
 * value and the expiry of its vouchers; a voucher is one printed code, stored only as its keyed
 * hash (HMAC-SHA256 under the `voucherCode` sub-key), so the unique index that decides a code's
 * uniqueness is also how a typed code is found. Both tables are guarded state (chained as
 * `voucher_batch.state` and `voucher.state`). The CHECKs tie each state to the columns it must and
 * must not have, so a row can never be "redeemed" without the operation and wallet that did it.
 * Expiry is not a state: it is the batch's `expires_at_ms` against the clock.
 */
const SCHEMA = `
CREATE TABLE voucher_batch (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  -- ANY + typeof, as every amount column: a STRICT INTEGER column would coerce '1999' first.
  face_value_minor ANY NOT NULL CHECK (typeof(face_value_minor) = 'integer' AND face_value_minor BETWEEN 1 AND 100000000000),
  count INTEGER NOT NULL CHECK (count BETWEEN 1 AND 1000),
  expires_at_ms INTEGER CHECK (expires_at_ms IS NULL OR expires_at_ms > created_at_ms),
  created_by BLOB NOT NULL CHECK (length(created_by) = 16),
  created_at_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX voucher_batch_by_created ON voucher_batch(created_at_ms, id);

CREATE TABLE voucher (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  batch_id BLOB NOT NULL REFERENCES voucher_batch(id),
  serial INTEGER NOT NULL CHECK (serial BETWEEN 1 AND 1000),
  code_hash BLOB NOT NULL CONSTRAINT voucher_code_hash_unique UNIQUE CHECK (length(code_hash) = 32),
  state TEXT NOT NULL CHECK (state IN ('unsold', 'sold', 'redeemed', 'voided')),
  sold_operation_id BLOB CHECK (sold_operation_id IS NULL OR length(sold_operation_id) = 16),
  sold_at_ms INTEGER,
  redeemed_operation_id BLOB CHECK (redeemed_operation_id IS NULL OR length(redeemed_operation_id) = 16),
  redeemed_wallet_id BLOB CHECK (redeemed_wallet_id IS NULL OR length(redeemed_wallet_id) = 16),
  redeemed_at_ms INTEGER,
  voided_operation_id BLOB CHECK (voided_operation_id IS NULL OR length(voided_operation_id) = 16),
  voided_at_ms INTEGER,
  created_at_ms INTEGER NOT NULL,
  CONSTRAINT voucher_serial_unique UNIQUE (batch_id, serial),
  CONSTRAINT voucher_sold_fields CHECK ((sold_operation_id IS NULL) = (sold_at_ms IS NULL)
    AND (state <> 'unsold' OR sold_operation_id IS NULL) AND (state NOT IN ('sold', 'redeemed') OR sold_operation_id IS NOT NULL)),
  CONSTRAINT voucher_redeemed_fields CHECK ((redeemed_operation_id IS NOT NULL) = (state = 'redeemed')
    AND (redeemed_wallet_id IS NOT NULL) = (state = 'redeemed') AND (redeemed_at_ms IS NOT NULL) = (state = 'redeemed')),
  CONSTRAINT voucher_voided_fields CHECK ((voided_operation_id IS NOT NULL) = (state = 'voided')
    AND (voided_at_ms IS NOT NULL) = (state = 'voided'))
) STRICT, WITHOUT ROWID;
CREATE INDEX voucher_by_batch_state ON voucher(batch_id, state);
`;

export const migration0080: Migration = {
  version: 80,
  name: 'vouchers',
  async up(tx) {
    await tx.exec(SCHEMA);
  },
};
