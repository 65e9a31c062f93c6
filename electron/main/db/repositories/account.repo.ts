import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { AccountBalance, AccountFlags } from '../../../../shared/domain/ledger-types';
import type { AccountSnapshot } from '../../core/ledger/snapshots';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

export type AccountRow = {
  readonly id: string;
  readonly ledgerId: number;
  readonly kind: string;
  readonly ownerRef: string | null;
  readonly flags: AccountFlags;
  /** The journal entry that opened it. */
  readonly seq: number;
};

export async function insertAccount(tx: WriteTx, account: AccountRow): Promise<void> {
  await tx.run('INSERT INTO account (id, ledger_id, kind, owner_ref, flags, seq) VALUES (?, ?, ?, ?, ?, ?)', [
    uuidToBytes(account.id), int(account.ledgerId), account.kind, account.ownerRef, int(account.flags), int(account.seq),
  ]);
}

export async function findAccount(tx: ReadTx, id: string): Promise<AccountRow | undefined> {
  const row = await tx.get('SELECT ledger_id, kind, owner_ref, flags, seq FROM account WHERE id = ?', [uuidToBytes(id)]);
  if (!row) return undefined;
  const owner = row['owner_ref'];
  return {
    id, ledgerId: readInt(row, 'ledger_id'), kind: readText(row, 'kind'), ownerRef: typeof owner === 'string' ? owner : null,
    flags: readInt(row, 'flags') as AccountFlags, seq: readInt(row, 'seq'),
  };
}

const SNAPSHOT_COLUMNS =
  'a.id, l.currency, a.flags, a.closed, a.debits_pending, a.debits_posted, a.credits_pending, a.credits_posted';

function snapshotFromRow(row: Row): AccountSnapshot {
  return {
    id: bytesToUuid(readBytes(row, 'id')),
    currency: readText(row, 'currency'),
    flags: readInt(row, 'flags') as AccountFlags,
    closed: readInt(row, 'closed') === 1,
    debitsPending: readInt(row, 'debits_pending'),
    debitsPosted: readInt(row, 'debits_posted'),
    creditsPending: readInt(row, 'credits_pending'),
    creditsPosted: readInt(row, 'credits_posted'),
  };
}

/** The accounts a batch touches, as the planner sees them. */
export async function loadAccounts(tx: ReadTx, ids: readonly string[]): Promise<Map<string, AccountSnapshot>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, AccountSnapshot>();
  if (unique.length === 0) return found;
  const rows = await tx.all(
    `SELECT ${SNAPSHOT_COLUMNS} FROM account a JOIN ledger l ON l.id = a.ledger_id WHERE a.id IN (${placeholders(unique.length)})`,
    unique.map(uuidToBytes),
  );
  for (const row of rows) {
    const account = snapshotFromRow(row);
    found.set(account.id, account);
  }
  return found;
}

/** One statement: the hot balance read (B3) needs no transaction around it. */
export const BALANCE_SQL = `SELECT l.currency, a.debits_pending, a.debits_posted, a.credits_pending, a.credits_posted
  FROM account a JOIN ledger l ON l.id = a.ledger_id WHERE a.id = ?`;

export async function readBalance(tx: Pick<ReadTx, 'get'>, accountId: string): Promise<AccountBalance | undefined> {
  const row = await tx.get(BALANCE_SQL, [uuidToBytes(accountId)]);
  if (!row) return undefined;
  return {
    accountId,
    currency: readText(row, 'currency'),
    debitsPendingMinor: readInt(row, 'debits_pending'),
    debitsPostedMinor: readInt(row, 'debits_posted'),
    creditsPendingMinor: readInt(row, 'credits_pending'),
    creditsPostedMinor: readInt(row, 'credits_posted'),
  };
}

/** The account a kind and owner hold on a ledger (the oldest, should there be several). */
export async function findOwnedAccount(tx: ReadTx, ownerRef: string, kind: string, ledgerId: number): Promise<string | undefined> {
  const row = await tx.get(
    'SELECT id FROM account WHERE owner_ref = ? AND kind = ? AND ledger_id = ? ORDER BY seq LIMIT 1', [ownerRef, kind, int(ledgerId)],
  );
  return row ? bytesToUuid(readBytes(row, 'id')) : undefined;
}

/** Exported for its query-plan test: through the owner index, never a scan. */
export const OWNED_ACCOUNT_IN_SQL = `SELECT a.id FROM account a JOIN ledger l ON l.id = a.ledger_id
  WHERE a.owner_ref = ? AND a.kind = ? AND l.currency = ? ORDER BY a.seq LIMIT 1`;

/** The same, by the ledger's currency: one statement on the hot path, where the account exists. */
export async function findOwnedAccountIn(tx: ReadTx, ownerRef: string, kind: string, currency: string): Promise<string | undefined> {
  const row = await tx.get(OWNED_ACCOUNT_IN_SQL, [ownerRef, kind, currency]);
  return row ? bytesToUuid(readBytes(row, 'id')) : undefined;
}

/** Every account an owner holds, with its currency (a wallet's balances). */
export async function ownedAccounts(tx: ReadTx, ownerRef: string, kind: string): Promise<{ accountId: string; currency: string }[]> {
  const rows = await tx.all(
    `SELECT a.id, l.currency FROM account a JOIN ledger l ON l.id = a.ledger_id
     WHERE a.owner_ref = ? AND a.kind = ? ORDER BY l.currency`,
    [ownerRef, kind],
  );
  return rows.map((row) => ({ accountId: bytesToUuid(readBytes(row, 'id')), currency: readText(row, 'currency') }));
}
