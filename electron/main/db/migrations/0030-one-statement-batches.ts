import { decodeCanonical } from '../../../../shared/domain/canonical';
import { readBytes, readInt } from '../sql-value';
import type { WriteTx } from '../tx';
import type { Migration } from './migration';
import { LEDGER_OBJECTS_0030, LEDGER_SCHEMA_0030 } from './0030-schema';

/**
 * The write path at the limit of this data model (docs/ledger.md §3): a batch is ONE statement (an
 * INSERT into the `batch_write` view whose trigger writes the journal row, every transfer and
 * every balance delta), each payload is stored once, and every b-tree a commit touches is
 * appended to at its right edge.
 *
 * - The batch row is folded into its journal row (`actor_id`, `request_hash`); the journal row
 *   *is* the outbox (a sync cursor and per-item state replace the second copy of the payload).
 * - `journal.payload` is NULL for entries written from now on: the payload is rebuilt from the
 *   rows the entry describes, for the MAC and for verify. Entries written before keep their
 *   stored payload, which verify compares with the rebuilt one.
 * - `transfer` is a rowid table keyed by `seq * 1024 + leg` (append order), with a unique index
 *   on its id; the columns a batch shares live once, in its journal row.
 * - The chain head is the last journal row (the genesis MAC stays in `chain_genesis`).
 * - Constraints that are declines carry names (`debits_within_credits`, …) and triggers raise
 *   named codes, so errors are mapped by name, never by CHECK text.
 *
 * Rows of the old tables are carried over; audit and ledger rows are read back from their
 * chained payloads (canonical bytes, a stored format).
 */
export const migration0030: Migration = {
  version: 30,
  name: 'one-statement-batches',
  async up(tx) {
    // Tables are rebuilt under new names and renamed at the end; references are checked at COMMIT.
    await tx.exec('PRAGMA defer_foreign_keys = ON');
    await dropOldTriggers(tx);
    await tx.exec(LEDGER_SCHEMA_0030);
    await refuseForeignBatches(tx);
    await tx.exec(COPY_ROWS);
    await carryLedgerRows(tx);
    await carryAccountActors(tx);
    await carryAuditRows(tx);
    await tx.exec(SWAP_TABLES);
    await tx.exec(LEDGER_OBJECTS_0030);
  },
};

const OLD_TRIGGERS = [
  'transfer_accounts_allowed', 'journal_gapless', 'journal_advances_head',
  ...['transfer', 'journal', 'batch', 'transfer_rejection'].flatMap((t) => [`${t}_no_update`, `${t}_no_delete`]),
];

async function dropOldTriggers(tx: WriteTx): Promise<void> {
  await tx.exec(OLD_TRIGGERS.map((name) => `DROP TRIGGER IF EXISTS ${name};`).join('\n'));
}

/** Batch payloads bind the terminal id; from now on it is read from `meta`, so it must agree. */
async function refuseForeignBatches(tx: WriteTx): Promise<void> {
  const foreign = await tx.get(
    `SELECT count(*) AS n FROM batch WHERE terminal_id <> (SELECT value FROM meta WHERE key = 'terminal_id')`,
  );
  if (foreign && readInt(foreign, 'n') > 0) {
    throw new Error('migration 30: batches of another terminal id in this ledger; refusing to migrate');
  }
}

const COPY_ROWS = `
INSERT INTO chain_genesis_v30 (id, mac)
  SELECT 1, coalesce((SELECT prev_mac FROM journal WHERE seq = 1), head_mac) FROM chain_state WHERE id = 1;
INSERT INTO journal_v30 (seq, kind, ref_id, actor_id, request_hash, device_ts_ms, payload, prev_mac, mac)
  SELECT j.seq, j.kind, j.ref_id, coalesce(b.staff_id, r.staff_id), coalesce(b.request_hash, r.request_hash),
    j.device_ts_ms, j.payload, j.prev_mac, j.mac
  FROM journal j
  LEFT JOIN batch b ON j.kind = 'ledger.batch' AND b.id = j.ref_id
  LEFT JOIN transfer_rejection r ON j.kind = 'ledger.rejection' AND r.seq = j.seq;
INSERT INTO account_v30 (id, ledger_id, kind, owner_ref, flags, closed, debits_pending, debits_posted,
    credits_pending, credits_posted, seq)
  SELECT a.id, a.ledger_id, a.kind, a.owner_ref, a.flags, a.closed, a.debits_pending, a.debits_posted,
    a.credits_pending, a.credits_posted,
    (SELECT j.seq FROM journal j WHERE j.kind = 'account.open' AND j.ref_id = a.id)
  FROM account a;
INSERT INTO transfer_v30 (key, id, ledger_id, debit_account_id, credit_account_id, amount, code, kind,
    pending_id, expires_at_ms, memo)
  SELECT t.seq * 1024 + t.leg, t.id, t.ledger_id, t.debit_account_id, t.credit_account_id, t.amount, t.code,
    t.kind, t.pending_id, t.expires_at_ms, t.memo
  FROM transfer t ORDER BY t.seq, t.leg;
INSERT INTO transfer_rejection_v30 (seq, code, message) SELECT seq, code, message FROM transfer_rejection;
`;

/** `ledger.create/1` payload: tag, ledger id, currency, scale, staff id, terminal id. */
async function carryLedgerRows(tx: WriteTx): Promise<void> {
  const entries = await tx.all(`SELECT seq, payload FROM journal WHERE kind = 'ledger.create' ORDER BY seq`);
  for (const entry of entries) {
    const [, ledgerId, , , staffId] = decodeCanonical(readBytes(entry, 'payload'));
    if (typeof ledgerId !== 'number') throw new Error(`migration 30: ledger.create at ${String(entry['seq'])} is malformed`);
    await tx.run('UPDATE journal_v30 SET actor_id = ? WHERE seq = ?', [typeof staffId === 'string' ? staffId : null, readInt(entry, 'seq')]);
    await tx.run(
      'INSERT INTO ledger_v30 (id, currency, asset_scale, seq) SELECT id, currency, asset_scale, ? FROM ledger WHERE id = ?',
      [readInt(entry, 'seq'), ledgerId],
    );
  }
  const orphans = await tx.get('SELECT count(*) AS n FROM ledger WHERE id NOT IN (SELECT id FROM ledger_v30)');
  if (orphans && readInt(orphans, 'n') > 0) throw new Error('migration 30: a ledger has no ledger.create entry');
}

/** `account.open/1` payload: tag, account id, currency, kind, owner, flags, staff id, terminal id. */
async function carryAccountActors(tx: WriteTx): Promise<void> {
  const entries = await tx.all(`SELECT seq, payload FROM journal WHERE kind = 'account.open' ORDER BY seq`);
  for (const entry of entries) {
    const staffId = decodeCanonical(readBytes(entry, 'payload'))[6];
    await tx.run('UPDATE journal_v30 SET actor_id = ? WHERE seq = ?', [typeof staffId === 'string' ? staffId : null, readInt(entry, 'seq')]);
  }
}

/** `audit/1` payload: tag, kind, staff id, subject, detail, origin, time. */
async function carryAuditRows(tx: WriteTx): Promise<void> {
  const entries = await tx.all(`SELECT seq, payload FROM journal WHERE kind LIKE 'audit.%' ORDER BY seq`);
  for (const entry of entries) {
    const [, , staffId, subject, detail, origin] = decodeCanonical(readBytes(entry, 'payload'));
    await tx.run('UPDATE journal_v30 SET actor_id = ? WHERE seq = ?', [typeof staffId === 'string' ? staffId : null, readInt(entry, 'seq')]);
    await tx.run('INSERT INTO audit_v30 (seq, origin, detail) VALUES (?, ?, ?)', [
      readInt(entry, 'seq'), String(origin), JSON.stringify({ subject: String(subject), detail: String(detail) }),
    ]);
  }
}

const NEW_TABLES = ['chain_genesis', 'journal', 'ledger', 'account', 'transfer', 'transfer_rejection', 'audit'];

const SWAP_TABLES = `
DROP TABLE outbox;
DROP TABLE transfer;
DROP TABLE batch;
DROP TABLE transfer_rejection;
DROP TABLE account;
DROP TABLE ledger;
DROP TABLE chain_state;
DROP TABLE journal;
${NEW_TABLES.map((t) => `ALTER TABLE ${t}_v30 RENAME TO ${t};`).join('\n')}
`;
