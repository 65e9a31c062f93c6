import type { Migration } from './migration';

/**
 * Guarded state in the chain (docs/security.md): every change to a staff member (role, secret,
 * lockout, disabled) and to the merchant facts of setup appends a snapshot here, named by its
 * journal entry. The tables themselves stay the fast current view; verify compares them with the
 * latest snapshot per subject, so an edit made with the database key alone is named. Databases
 * from before this migration get their first snapshots when the ledger book opens
 * (`sealUnchainedState`), as nothing here can compute a MAC.
 */
const SCHEMA = `
CREATE TABLE state_change (
  seq INTEGER PRIMARY KEY,
  subject BLOB CHECK (subject IS NULL OR length(subject) = 16),
  state TEXT NOT NULL CHECK (length(state) <= 4000 AND json_valid(state))
) STRICT;
CREATE INDEX state_change_by_subject ON state_change(subject, seq);
CREATE TRIGGER state_change_no_update BEFORE UPDATE ON state_change
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER state_change_no_delete BEFORE DELETE ON state_change
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
`;

export const migration0040: Migration = {
  version: 40,
  name: 'state-journal',
  async up(tx) {
    await tx.exec(SCHEMA);
  },
};
