import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

export type CustomerRow = {
  readonly id: string;
  readonly displayName: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly note: string | null;
  /** The normalised text a search matches (case- and width-folded name, phone, email). */
  readonly searchKey: string;
  readonly createdAtMs: number;
};

/** A new customer row; the caller chains its state (`customer.state`) in the same transaction. */
export async function insertCustomer(tx: WriteTx, c: CustomerRow): Promise<void> {
  await tx.run(
    'INSERT INTO customer (id, display_name, phone, email, note, search_key, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [uuidToBytes(c.id), c.displayName, c.phone, c.email, c.note, c.searchKey, int(c.createdAtMs)],
  );
}

export type CustomerChange = Omit<CustomerRow, 'createdAtMs'>;

/** Rewrites a customer's fields; the caller chains the new state in the same transaction. */
export async function updateCustomer(tx: WriteTx, c: CustomerChange): Promise<boolean> {
  const info = await tx.run(
    'UPDATE customer SET display_name = ?, phone = ?, email = ?, note = ?, search_key = ? WHERE id = ?',
    [c.displayName, c.phone, c.email, c.note, c.searchKey, uuidToBytes(c.id)],
  );
  return info.changes === 1;
}

const text = (row: Row, column: string): string | null => {
  const value = row[column];
  return typeof value === 'string' ? value : null;
};

function customerFrom(row: Row): CustomerRow {
  return {
    id: bytesToUuid(readBytes(row, 'id')), displayName: readText(row, 'display_name'), phone: text(row, 'phone'),
    email: text(row, 'email'), note: text(row, 'note'), searchKey: readText(row, 'search_key'), createdAtMs: readInt(row, 'created_at_ms'),
  };
}

export async function findCustomer(tx: ReadTx, id: string): Promise<CustomerRow | undefined> {
  const row = await tx.get(
    'SELECT id, display_name, phone, email, note, search_key, created_at_ms FROM customer WHERE id = ?', [uuidToBytes(id)],
  );
  return row ? customerFrom(row) : undefined;
}

/**
 * The customer as first chained, i.e. as created (JSON of `customer.state`): what a repeated
 * create is compared with, whatever updates came after.
 */
export async function firstCustomerState(tx: ReadTx, id: string): Promise<string | undefined> {
  const row = await tx.get(
    `SELECT s.state FROM state_change s JOIN journal j ON j.seq = s.seq
     WHERE s.subject = ? AND j.kind = 'customer.state' ORDER BY s.seq LIMIT 1`,
    [uuidToBytes(id)],
  );
  return row ? readText(row, 'state') : undefined;
}

export type CustomerWithWallet = CustomerRow & { readonly walletId: string; readonly address: string };

/** Where a page starts: strictly older than this customer (creation time, then id). */
export type CustomerKey = { readonly createdAtMs: number; readonly id: string };

export type CustomerPageQuery = {
  /** Substrings of the search key, any of which matches; empty lists every customer. */
  readonly needles: readonly string[];
  readonly before: CustomerKey | undefined;
  readonly limit: number;
};

/**
 * A page of customers with their wallets, newest first (keyset paging on `customer_by_created`).
 * A search scans the folded keys with instr(), which needs no escaping of what was typed.
 */
export async function customerPage(tx: ReadTx, q: CustomerPageQuery): Promise<CustomerWithWallet[]> {
  const where: string[] = [];
  const params: (string | number | Uint8Array)[] = [];
  if (q.needles.length > 0) {
    where.push(`(${q.needles.map(() => 'instr(c.search_key, ?) > 0').join(' OR ')})`);
    params.push(...q.needles);
  }
  if (q.before) {
    where.push('(c.created_at_ms, c.id) < (?, ?)');
    params.push(int(q.before.createdAtMs), uuidToBytes(q.before.id));
  }
  const rows = await tx.all(
    `SELECT c.id, c.display_name, c.phone, c.email, c.note, c.search_key, c.created_at_ms, w.id AS wallet_id, w.address
     FROM customer c JOIN wallet w ON w.customer_id = c.id
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY c.created_at_ms DESC, c.id DESC LIMIT ?`,
    [...params, int(q.limit)],
  );
  return rows.map((row) => ({ ...customerFrom(row), walletId: bytesToUuid(readBytes(row, 'wallet_id')), address: readText(row, 'address') }));
}
