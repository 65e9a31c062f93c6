import type { JournalTransfer } from '../core/ledger/canonical-batch';
import type { Row } from './driver';
import { idOfHex, readInt } from './sql-value';
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
  /** Records (what an operation meant) by seq. */
  readonly records: ReadonlyMap<number, Row>;
};

/** Tables whose rows name the journal entry that wrote them by `seq`. */
export const DESCRIBED_TABLES = ['account', 'ledger', 'transfer_rejection', 'audit', 'state_change', 'domain_record'] as const;

function bySeq(rows: readonly Row[]): Map<number, Row> {
  return new Map(rows.map((r) => [readInt(r, 'seq'), r]));
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/**
 * A page's transfer rows as ONE value: a JSON array of row arrays, ids as hex, in key order. The
 * driver's cost is per row and per column (each becomes a JS property, each blob a Buffer); one
 * native JSON.parse of the page is far cheaper, and SQLite's hex() does the id text.
 */
const TRANSFER_PAGE_SQL = `
SELECT json_group_array(json_array(key, hex(id), kind, ledger_id, hex(debit_account_id), hex(credit_account_id), amount,
  code, CASE WHEN pending_id IS NULL THEN NULL ELSE hex(pending_id) END, expires_at_ms, memo) ORDER BY key) AS rows
FROM transfer WHERE key BETWEEN ? AND ?`;

/** A transfer row (as TRANSFER_PAGE_SQL lists it) as the batch payload names it. */
function transferOf(row: readonly unknown[], currencyOf: (ledgerId: number) => string | undefined): JournalTransfer | string {
  const [key, idHex, kind, ledgerId, debitHex, creditHex, amount, code, pendingHex, expiresAtMs, memo] = row;
  const currency = currencyOf(num(ledgerId) ?? -1);
  const id = idOfHex(idHex);
  const debit = idOfHex(debitHex);
  const credit = idOfHex(creditHex);
  const pending = pendingHex === null ? null : idOfHex(pendingHex);
  if (!currency || !id || !debit || !credit || typeof key !== 'number' || typeof amount !== 'number') {
    return 'a transfer row is malformed';
  }
  if (pendingHex !== null && pending === null) return 'a transfer row is malformed';
  return {
    id, leg: key % LEGS_PER_SEQ, kind: kind as JournalTransfer['kind'], currency, debitAccountId: debit, creditAccountId: credit,
    amountMinor: amount, code: text(code) ?? '', pendingId: pending, expiresAtMs: num(expiresAtMs), memo: text(memo),
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
  const empty = { entries, afterSeq, lastSeq, transfers: new Map(), accounts: new Map(), ledgers: new Map(), rejections: new Map(), audits: new Map(), states: new Map(), records: new Map() };
  if (!last) return empty;
  const page = await tx.get(TRANSFER_PAGE_SQL, [range[0] * LEGS_PER_SEQ, range[1] * LEGS_PER_SEQ + LEGS_PER_SEQ - 1]);
  const transferRows = JSON.parse(typeof page?.['rows'] === 'string' ? page['rows'] : '[]') as unknown[][];
  const transfers = new Map<number, (JournalTransfer | string)[]>();
  for (const row of transferRows) {
    const seq = Math.floor((row[0] as number) / LEGS_PER_SEQ);
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
    states: bySeq(await tx.all(
      `SELECT s.seq, s.subject, s.state, j.kind FROM state_change s JOIN journal j ON j.seq = s.seq
       WHERE s.seq BETWEEN ? AND ? ORDER BY s.seq`,
      range,
    )),
    records: bySeq(await tx.all('SELECT seq, subject, body FROM domain_record WHERE seq BETWEEN ? AND ?', range)),
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
     UNION ALL SELECT 'domain_record', seq FROM domain_record WHERE seq > ?
     ORDER BY seq LIMIT 1`,
    [(headSeq + 1) * LEGS_PER_SEQ, headSeq, headSeq, headSeq, headSeq, headSeq, headSeq],
  );
  return row ? { table: String(row['t']), seq: readInt(row, 'seq') } : undefined;
}
