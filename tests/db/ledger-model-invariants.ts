/**
 * The per-step checks of the model-based ledger test: after every command the model, the cached
 * balances, the fold of the transfer rows and the SQL sums agree, and the rows written are exactly
 * the ones the model expects.
 */
import { expect } from 'vitest';
import { bytesToUuid } from '../../shared/domain/ids';
import type { ReadTx } from '../../electron/main/db/tx';
import type { TestLedger } from '../support/test-db';
import type { LedgerModel, RowCounts } from './ledger-model-state';

export type Real = { readonly ledger: TestLedger };

type AccountRow = { id: Uint8Array; flags: number; debits_pending: number; debits_posted: number; credits_pending: number; credits_posted: number };
type Snapshot = { counts: RowCounts & { last_seq: number }; accounts: Map<string, AccountRow> };

async function snapshotIn(tx: ReadTx): Promise<Snapshot> {
  // A batch is its journal row; the outbox is the journal's outbox-kind entries after the sync cursor.
  const counts = (await tx.get(`SELECT (SELECT count(*) FROM journal WHERE kind = 'ledger.batch') AS batch,
    (SELECT count(*) FROM transfer) AS transfer,
    (SELECT count(*) FROM transfer_rejection) AS transfer_rejection, (SELECT count(*) FROM journal) AS journal,
    (SELECT count(*) FROM journal WHERE seq > (SELECT acked_seq FROM sync_cursor) AND kind IN ('ledger.batch', 'account.open')) AS outbox,
    (SELECT coalesce(max(seq), 0) FROM journal) AS last_seq`)) as Snapshot['counts'];
  const rows = await tx.all<AccountRow>(
    'SELECT id, flags, debits_pending, debits_posted, credits_pending, credits_posted FROM account');
  return { counts, accounts: new Map(rows.map((r) => [bytesToUuid(r.id), r])) };
}

export const snapshot = (real: Real): Promise<Snapshot> => real.ledger.db.tx.read(snapshotIn);

type FoldRow = { kind: string; amount: number; held: number | null; debit_account_id: Uint8Array; credit_account_id: Uint8Array };

/** After every command: the model, the cached balances, the fold and the SQL sums all agree. */
export async function checkInvariants(model: LedgerModel, real: Real): Promise<Snapshot> {
  const { snap, sums, fold } = await real.ledger.db.tx.read(async (tx) => ({
    snap: await snapshotIn(tx),
    sums: await tx.all(`SELECT l.currency, sum(a.debits_posted) - sum(a.credits_posted) AS posted,
        sum(a.debits_pending) - sum(a.credits_pending) AS pending
      FROM account a JOIN ledger l ON l.id = a.ledger_id GROUP BY l.id`),
    fold: await tx.all<FoldRow>(`SELECT t.kind, t.amount, p.amount AS held, t.debit_account_id, t.credit_account_id
      FROM transfer t LEFT JOIN transfer p ON p.id = t.pending_id`),
  }));
  // 1. Per ledger Σdebits = Σcredits, posted and pending.
  for (const row of sums) expect(row, `ledger sums ${String(row['currency'])}`).toMatchObject({ posted: 0, pending: 0 });
  // 2. Cached balances = model = fold of the transfer rows.
  const folded = new Map<string, number[]>();
  const add = (id: Uint8Array, i: number, v: number): void => {
    const key = bytesToUuid(id);
    const cols = folded.get(key) ?? [0, 0, 0, 0];
    cols[i] = (cols[i] ?? 0) + v;
    folded.set(key, cols);
  };
  for (const t of fold) {
    const pendingDelta = t.kind === 'pending' ? t.amount : t.kind === 'single' ? 0 : -(t.held ?? Number.NaN);
    const postedDelta = t.kind === 'single' || t.kind === 'post' ? t.amount : 0;
    add(t.debit_account_id, 0, pendingDelta);
    add(t.debit_account_id, 1, postedDelta);
    add(t.credit_account_id, 2, pendingDelta);
    add(t.credit_account_id, 3, postedDelta);
  }
  expect(snap.accounts.size).toBe(model.accounts.size);
  for (const [id, m] of model.accounts) {
    const row = snap.accounts.get(id);
    const cached = row && [row.debits_pending, row.debits_posted, row.credits_pending, row.credits_posted];
    const expected = [m.debitsPending, m.debitsPosted, m.creditsPending, m.creditsPosted];
    expect(cached, `cached balance of ${id} (flags ${m.flags}) vs model`).toEqual(expected);
    expect(folded.get(id) ?? [0, 0, 0, 0], `fold of ${id} vs model`).toEqual(expected);
    // 3. No flagged account breaches its limit.
    if (m.flags === 2) expect(m.debitsPending + m.debitsPosted).toBeLessThanOrEqual(m.creditsPosted);
    if (m.flags === 4) expect(m.creditsPending + m.creditsPosted).toBeLessThanOrEqual(m.debitsPosted);
  }
  // Every row the model says was written, and nothing else; the chain head moved with them.
  expect(snap.counts).toEqual({ ...model.counts, last_seq: model.seq });
  return snap;
}
