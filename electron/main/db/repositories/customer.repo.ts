import { uuidToBytes } from '../../../../shared/domain/ids';
import { int } from '../sql-value';
import type { WriteTx } from '../tx';

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
