import type { JournalTransfer } from '../core/ledger/canonical-batch';
import { uuidOf } from './bytes';
import type { Row } from './driver';
import { readInt } from './sql-value';
import type { ReadTx } from './tx';
import { LEGS_PER_SEQ } from './repositories/transfer.repo';

/** Entries per page: one query per table per page, never one per entry. */
export const VERIFY_PAGE_ENTRIES = 4096;

/** One page of the journal and, per table, the rows its entries describe, grouped by seq. */
export type VerifyPage = {
  readonly entries: readonly Row[];
  /** The seq range the page covers: (afterSeq, lastSeq]. */
  readonly afterSeq: number;
  readonly lastSeq: number;
  /** Transfer rows by seq, each already in its journal form (or why it cannot be). */
  readonly transfers: ReadonlyMap<number, (JournalTransfer | string)[]>;
  readonly accounts: ReadonlyMap<number, Row>;
  readonly ledgers: ReadonlyMap<number, Row>;
  readonly rejections: ReadonlyMap<number, Row>;
  readonly audits: ReadonlyMap<number, Row>;
  /** Guarded-state snapshots (staff, merchant facts) by seq. */
  readonly states: ReadonlyMap<number, Row>;
};

/** Tables whose rows name the journal entry that wrote them by `seq`. */
export const DESCRIBED_TABLES = ['account', 'ledger', 'transfer_rejection', 'audit', 'state_change'] as const;

function bySeq(rows: readonly Row[]): Map<number, Row> {
  return new Map(rows.map((r) => [readInt(r, 'seq'), r]));
}

const bytes = (v: unknown): Uint8Array | null => (v instanceof Uint8Array ? v : null);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** A transfer row as the batch payload names it; ids once, as text. */
function transferOf(row: Row, currencyOf: (ledgerId: number) => string | undefined): JournalTransfer | string {
  const currency = currencyOf(num(row['ledger_id']) ?? -1);
  const id = bytes(row['id']);
  const debit = bytes(row['debit_account_id']);
  const credit = bytes(row['credit_account_id']);
  const key = num(row['key']);
  const amount = num(row['amount']);
  if (!currency || !id || !debit || !credit || key === null || amount === null) return 'a transfer row is malformed';
  const pending = bytes(row['pending_id']);
  return {
    id: uuidOf(id), leg: key % LEGS_PER_SEQ, kind: row['kind'] as JournalTransfer['kind'], currency,
    debitAccountId: uuidOf(debit), creditAccountId: uuidOf(credit), amountMinor: amount, code: text(row['code']) ?? '',
    pendingId: pending ? uuidOf(pending) : null, expiresAtMs: num(row['expires_at_ms']), memo: text(row['memo']),
  };
}

/** Keyset paging: the entries after `afterSeq`, then one range query per described table. */
export async function readVerifyPage(tx: ReadTx, afterSeq: number, currencyOf: (ledgerId: number) => string | undefined): Promise<VerifyPage> {
  const entries = await tx.all(
    `SELECT seq, kind, ref_id, actor_id, request_hash, device_ts_ms, payload, prev_mac, mac
     FROM journal WHERE seq > ? ORDER BY seq LIMIT ${VERIFY_PAGE_ENTRIES}`,
    [afterSeq],
  );
  const last = entries[entries.length - 1];
  const lastSeq = last ? readInt(last, 'seq') : afterSeq;
  const range: [number, number] = [afterSeq + 1, lastSeq];
  const empty = { entries, afterSeq, lastSeq, transfers: new Map(), accounts: new Map(), ledgers: new Map(), rejections: new Map(), audits: new Map(), states: new Map() };
  if (!last) return empty;
  const transferRows = await tx.all(
    `SELECT key, id, kind, ledger_id, debit_account_id, credit_account_id, amount, code, pending_id, expires_at_ms, memo
     FROM transfer WHERE key BETWEEN ? AND ? ORDER BY key`,
    [range[0] * LEGS_PER_SEQ, range[1] * LEGS_PER_SEQ + LEGS_PER_SEQ - 1],
  );
  const transfers = new Map<number, (JournalTransfer | string)[]>();
  for (const row of transferRows) {
    const seq = Math.floor(readInt(row, 'key') / LEGS_PER_SEQ);
    const transfer = transferOf(row, currencyOf);
    const list = transfers.get(seq);
    if (list) list.push(transfer);
    else transfers.set(seq, [transfer]);
  }
  return {
    ...empty,
    transfers,
    accounts: bySeq(await tx.all('SELECT seq, id, ledger_id, kind, owner_ref, flags FROM account WHERE seq BETWEEN ? AND ?', range)),
    ledgers: bySeq(await tx.all('SELECT seq, id, currency, asset_scale FROM ledger WHERE seq BETWEEN ? AND ?', range)),
    rejections: bySeq(await tx.all('SELECT seq, code, message FROM transfer_rejection WHERE seq BETWEEN ? AND ?', range)),
    audits: bySeq(await tx.all('SELECT seq, origin, detail FROM audit WHERE seq BETWEEN ? AND ?', range)),
    states: bySeq(await tx.all('SELECT seq, subject, state FROM state_change WHERE seq BETWEEN ? AND ? ORDER BY seq', range)),
  };
}

/** Rows that name a seq after the journal's last entry: described by nothing that is chained. */
export async function rowsAfterHead(tx: ReadTx, headSeq: number): Promise<{ table: string; seq: number } | undefined> {
  const row = await tx.get(
    `SELECT 'transfer' AS t, key >> 10 AS seq FROM transfer WHERE key >= ?
     UNION ALL SELECT 'account', seq FROM account WHERE seq > ?
     UNION ALL SELECT 'ledger', seq FROM ledger WHERE seq > ?
     UNION ALL SELECT 'transfer_rejection', seq FROM transfer_rejection WHERE seq > ?
     UNION ALL SELECT 'audit', seq FROM audit WHERE seq > ?
     UNION ALL SELECT 'state_change', seq FROM state_change WHERE seq > ?
     ORDER BY seq LIMIT 1`,
    [(headSeq + 1) * LEGS_PER_SEQ, headSeq, headSeq, headSeq, headSeq, headSeq],
  );
  return row ? { table: String(row['t']), seq: readInt(row, 'seq') } : undefined;
}
