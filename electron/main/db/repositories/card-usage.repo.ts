import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import { int, readBytes, readInt } from '../sql-value';
import type { ReadTx } from '../tx';

/**
 * What a card's account has done in a window, read from the ledger's own transfers through the
 * account's statement entries (`account_entry`, migration 90: one indexed range per card, no scan
 * of `transfer`); the transfer codes are the cards use cases' (app/cards/card-money.ts). A payment
 * counts from its authorisation, in the window of its authorisation: a hold still open counts in
 * full, a captured one by what was captured, a released or expired one (or one past its expiry,
 * not yet swept) not at all. A transfer to a wallet is spending too. Times are the journal time
 * of the operation that opened the movement.
 *
 * Not `readAccountFlows` (statement.repo.ts): it sums each transfer kind in the window of its own
 * time, so a partial capture could not give back what it released, and a hold released the next
 * day would count against that day.
 */
export type SpendUsage = { readonly spentMinor: number; readonly count: number };

export const SPEND_SQL = `
SELECT coalesce(sum(CASE
    WHEN t.kind = 'single' THEN t.amount
    WHEN r.kind = 'post' THEN r.amount
    WHEN r.kind IS NULL AND t.expires_at_ms > ?3 THEN t.amount
    ELSE 0 END), 0) AS spent,
  coalesce(sum(CASE
    WHEN t.kind = 'single' OR r.kind = 'post' THEN 1
    WHEN r.kind IS NULL AND t.expires_at_ms > ?3 THEN 1
    ELSE 0 END), 0) AS n
FROM account_entry e JOIN transfer t ON t.key = e.key JOIN journal j ON j.seq = e.key >> 10
LEFT JOIN transfer r ON r.pending_id = t.id
WHERE e.account_id = ?1 AND t.debit_account_id = ?1 AND j.device_ts_ms >= ?2
  AND ((t.kind = 'pending' AND t.code = ?4) OR (t.kind = 'single' AND t.code = ?5))`;

export async function readSpendUsage(
  tx: ReadTx, accountId: string, sinceMs: number, nowMs: number, codes: { readonly payment: string; readonly transfer: string },
): Promise<SpendUsage> {
  const row = await tx.get(SPEND_SQL, [uuidToBytes(accountId), int(sinceMs), int(nowMs), codes.payment, codes.transfer]);
  return { spentMinor: row ? readInt(row, 'spent') : 0, count: row ? readInt(row, 'n') : 0 };
}

export const CREDITED_SQL = `
SELECT coalesce(sum(t.amount), 0) AS credited
FROM account_entry e JOIN transfer t ON t.key = e.key JOIN journal j ON j.seq = e.key >> 10
WHERE e.account_id = ?1 AND t.credit_account_id = ?1 AND t.kind = 'single' AND t.code = ?2 AND j.device_ts_ms >= ?3`;

/** What was put on the account by transfers of one code since a time (the day's top-ups). */
export async function readCreditedSince(tx: ReadTx, accountId: string, code: string, sinceMs: number): Promise<number> {
  const row = await tx.get(CREDITED_SQL, [uuidToBytes(accountId), code, int(sinceMs)]);
  return row ? readInt(row, 'credited') : 0;
}

export const OPEN_HOLDS_SQL = `SELECT t.id FROM account_entry e JOIN transfer t ON t.key = e.key
WHERE e.account_id = ?1 AND t.debit_account_id = ?1 AND t.kind = 'pending' AND t.expires_at_ms > ?2
  AND NOT EXISTS (SELECT 1 FROM transfer r WHERE r.pending_id = t.id) ORDER BY t.key`;

/** Holds on the account not resolved yet and not past their expiry (the sweep releases those). */
export async function openHoldIds(tx: ReadTx, accountId: string, nowMs: number): Promise<string[]> {
  const rows = await tx.all(OPEN_HOLDS_SQL, [uuidToBytes(accountId), int(nowMs)]);
  return rows.map((row) => bytesToUuid(readBytes(row, 'id')));
}

export const REFUNDED_SQL = `SELECT coalesce(sum(json_extract(r.body, '$.amountMinor')), 0) AS refunded
FROM domain_record r JOIN journal j ON j.seq = r.seq
WHERE json_type(r.body, '$.paymentOperationId') = 'text' AND json_extract(r.body, '$.paymentOperationId') = ? AND j.kind = ?`;

/** The sum of the refunds already made against one card payment (by its capture's operation id). */
export async function refundedAgainst(tx: ReadTx, paymentOperationId: string, kind: string): Promise<number> {
  const row = await tx.get(REFUNDED_SQL, [paymentOperationId, kind]);
  return row ? readInt(row, 'refunded') : 0;
}
