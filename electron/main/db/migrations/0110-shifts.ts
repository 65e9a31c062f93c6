import type { Migration } from './migration';

const MINOR_MAX = 100000000000;
const SAFE_MAX = 9007199254740991;
const noChange = (table: string, when = '') => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}${when ? ` WHEN ${when}` : ''}
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append_only'); END;`;

/**
 * Shifts, cash movements and Z reports (issue 9 §6; docs: ledger design §6).
 *
 * `shift` is guarded state (chained as `shift.state`): one row per shift, written at the opening
 * and once more at the close, which fills the closing columns together; the trigger refuses any
 * other change, and a partial unique index allows one open shift per terminal. `cash_movement`
 * (paid in, paid out, no-sale) and `z_report` are append-only. A Z row holds the canonical bytes
 * it signed and its Ed25519 signature; its body is the `closure.z` journal record at `seq`.
 * Z numbers are gapless per terminal (the insert trigger refuses anything but the next one).
 * Amounts are `ANY` with `typeof = 'integer'`, as every amount column.
 */
const SCHEMA = `
CREATE TABLE shift (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  terminal_id TEXT NOT NULL CHECK (length(terminal_id) BETWEEN 1 AND 64),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  opened_by BLOB NOT NULL CHECK (length(opened_by) = 16),
  opened_at_ms INTEGER NOT NULL,
  float_minor ANY NOT NULL CHECK (typeof(float_minor) = 'integer' AND float_minor BETWEEN 0 AND ${MINOR_MAX}),
  closed_at_ms INTEGER,
  closed_by BLOB CHECK (closed_by IS NULL OR length(closed_by) = 16),
  counted_cash_minor ANY CHECK (counted_cash_minor IS NULL
    OR (typeof(counted_cash_minor) = 'integer' AND counted_cash_minor BETWEEN 0 AND ${MINOR_MAX})),
  expected_cash_minor ANY CHECK (expected_cash_minor IS NULL
    OR (typeof(expected_cash_minor) = 'integer' AND expected_cash_minor BETWEEN -${SAFE_MAX} AND ${SAFE_MAX})),
  CONSTRAINT shift_closed_fields CHECK ((closed_at_ms IS NULL) = (closed_by IS NULL)
    AND (closed_at_ms IS NULL) = (counted_cash_minor IS NULL) AND (closed_at_ms IS NULL) = (expected_cash_minor IS NULL))
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX shift_one_open ON shift(terminal_id) WHERE closed_at_ms IS NULL;
CREATE INDEX shift_by_opened ON shift(terminal_id, opened_at_ms);
${noChange('shift', `OLD.closed_at_ms IS NOT NULL OR NEW.closed_at_ms IS NULL OR NEW.id IS NOT OLD.id
  OR NEW.terminal_id IS NOT OLD.terminal_id OR NEW.currency IS NOT OLD.currency OR NEW.opened_by IS NOT OLD.opened_by
  OR NEW.opened_at_ms IS NOT OLD.opened_at_ms OR NEW.float_minor IS NOT OLD.float_minor`)}

CREATE TABLE cash_movement (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  shift_id BLOB NOT NULL REFERENCES shift(id),
  kind TEXT NOT NULL CHECK (kind IN ('paid_in', 'paid_out', 'no_sale')),
  amount_minor ANY NOT NULL CHECK (typeof(amount_minor) = 'integer' AND amount_minor BETWEEN 0 AND ${MINOR_MAX}),
  reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 120),
  staff_id BLOB NOT NULL CHECK (length(staff_id) = 16),
  at_ms INTEGER NOT NULL,
  CONSTRAINT cash_movement_amount CHECK ((kind = 'no_sale') = (amount_minor = 0))
) STRICT, WITHOUT ROWID;
CREATE INDEX cash_movement_by_shift ON cash_movement(shift_id, kind);
${noChange('cash_movement')}

CREATE TABLE z_report (
  terminal_id TEXT NOT NULL CHECK (length(terminal_id) BETWEEN 1 AND 64),
  z_number INTEGER NOT NULL CHECK (z_number >= 1),
  shift_id BLOB NOT NULL UNIQUE REFERENCES shift(id),
  -- The closure.z journal entry (its record holds the body).
  seq INTEGER NOT NULL UNIQUE,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  closed_at_ms INTEGER NOT NULL,
  first_seq INTEGER NOT NULL CHECK (first_seq >= 1),
  last_seq INTEGER NOT NULL CHECK (last_seq = seq - 1),
  head_mac BLOB NOT NULL CHECK (length(head_mac) = 32),
  canonical BLOB NOT NULL,
  signature BLOB NOT NULL CHECK (length(signature) = 64),
  public_key BLOB NOT NULL CHECK (length(public_key) = 32),
  PRIMARY KEY (terminal_id, z_number)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER z_report_gapless BEFORE INSERT ON z_report
WHEN NEW.z_number <> coalesce((SELECT max(z_number) FROM z_report WHERE terminal_id = NEW.terminal_id), 0) + 1
BEGIN SELECT RAISE(ABORT, 'z_number_gap'); END;
${noChange('z_report')}
`;

export const migration0110: Migration = {
  version: 110,
  name: 'shifts',
  async up(tx) {
    await tx.exec(SCHEMA);
  },
};
