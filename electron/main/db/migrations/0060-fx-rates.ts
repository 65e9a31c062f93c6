import type { Migration } from './migration';

/**
 * FX rates (docs/ledger.md §11, "Customers, wallets and FX"): one row per direction of a currency
 * pair, the rate a manager last set for it. The row is guarded state (`fx_rate.state`): every
 * change is chained, so the chain is also the pair's history, and a rate edited with the database
 * key alone is named by verify. The rate is an exact ratio of two integers (and the text it was
 * entered as); there is no floating-point column.
 */
const SCHEMA = `
CREATE TABLE fx_rate (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  base TEXT NOT NULL CHECK (length(base) = 3),
  quote TEXT NOT NULL CHECK (length(quote) = 3),
  rate_numerator INTEGER NOT NULL CHECK (rate_numerator >= 1),
  rate_denominator INTEGER NOT NULL CHECK (rate_denominator >= 1),
  rate_text TEXT NOT NULL CHECK (length(rate_text) BETWEEN 1 AND 64),
  source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 80),
  as_of_ms INTEGER NOT NULL CHECK (as_of_ms >= 0),
  fee_bps INTEGER NOT NULL CHECK (fee_bps BETWEEN 0 AND 9999),
  max_age_ms INTEGER NOT NULL CHECK (max_age_ms >= 1),
  set_by TEXT NOT NULL CHECK (length(set_by) BETWEEN 1 AND 64),
  set_at_ms INTEGER NOT NULL,
  CONSTRAINT fx_rate_two_currencies CHECK (base <> quote),
  CONSTRAINT fx_rate_pair UNIQUE (base, quote)
) STRICT, WITHOUT ROWID;
`;

export const migration0060: Migration = {
  version: 60,
  name: 'fx-rates',
  async up(tx) {
    await tx.exec(SCHEMA);
  },
};
