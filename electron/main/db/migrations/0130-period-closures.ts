import type { Migration } from './migration';

/**
 * Monthly and yearly closures (ledger design §6.1, NF525): one row per closure, append-only like
 * `z_report`. Numbers are gapless per terminal and kind (the insert trigger refuses anything but
 * the next), a period is closed once per terminal and kind, and each closure's Z range starts
 * where the previous one of its kind ended (`after_z` = the previous `through_z`, 0 for the first).
 * The body is the `closure.month` / `closure.year` journal record at `seq`.
 */
const SCHEMA = `
CREATE TABLE period_closure (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  terminal_id TEXT NOT NULL CHECK (length(terminal_id) BETWEEN 1 AND 64),
  kind TEXT NOT NULL CHECK (kind IN ('month', 'year')),
  number INTEGER NOT NULL CHECK (number >= 1),
  period TEXT NOT NULL CHECK ((kind = 'month' AND period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]')
    OR (kind = 'year' AND period GLOB '[0-9][0-9][0-9][0-9]')),
  seq INTEGER NOT NULL UNIQUE,
  closed_at_ms INTEGER NOT NULL,
  after_z INTEGER NOT NULL CHECK (after_z >= 0),
  through_z INTEGER NOT NULL CHECK (through_z >= after_z),
  last_seq INTEGER NOT NULL CHECK (last_seq = seq - 1),
  canonical BLOB NOT NULL,
  signature BLOB NOT NULL CHECK (length(signature) = 64),
  public_key BLOB NOT NULL CHECK (length(public_key) = 32),
  UNIQUE (terminal_id, kind, number),
  UNIQUE (terminal_id, kind, period)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER period_closure_gapless BEFORE INSERT ON period_closure
WHEN NEW.number <> coalesce((SELECT max(number) FROM period_closure WHERE terminal_id = NEW.terminal_id AND kind = NEW.kind), 0) + 1
  OR NEW.after_z <> coalesce((SELECT through_z FROM period_closure
    WHERE terminal_id = NEW.terminal_id AND kind = NEW.kind AND number = NEW.number - 1), 0)
BEGIN SELECT RAISE(ABORT, 'closure_number_gap'); END;
CREATE TRIGGER period_closure_no_update BEFORE UPDATE ON period_closure
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER period_closure_no_delete BEFORE DELETE ON period_closure
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
`;

export const migration0130: Migration = {
  version: 130,
  name: 'period closures',
  async up(tx) {
    await tx.exec(SCHEMA);
  },
};
