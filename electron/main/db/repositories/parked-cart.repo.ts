import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

export type ParkedCartRow = {
  readonly cartId: string;
  readonly label: string | null;
  readonly currency: string;
  readonly cartJson: string;
  readonly lineCount: number;
  readonly state: 'parked' | 'resumed' | 'discarded';
  readonly parkedBy: string;
  readonly parkedAtMs: number;
};

function parkedFrom(row: Row): ParkedCartRow {
  const label = row['label'];
  return {
    cartId: bytesToUuid(readBytes(row, 'cart_id')), label: typeof label === 'string' ? label : null, currency: readText(row, 'currency'),
    cartJson: readText(row, 'cart_json'), lineCount: readInt(row, 'line_count'), state: readText(row, 'state') as ParkedCartRow['state'],
    parkedBy: bytesToUuid(readBytes(row, 'parked_by')), parkedAtMs: readInt(row, 'parked_at_ms'),
  };
}

/** Parks a cart, or parks it again with its new content (a resumed cart parked a second time). */
export async function upsertParkedCart(tx: WriteTx, terminalId: string, cart: Omit<ParkedCartRow, 'state'>): Promise<void> {
  await tx.run(
    `INSERT INTO parked_cart (cart_id, terminal_id, label, currency, cart_json, line_count, state, parked_by, parked_at_ms, updated_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, 'parked', ?, ?, ?)
     ON CONFLICT (cart_id) DO UPDATE SET label = excluded.label, currency = excluded.currency, cart_json = excluded.cart_json,
       line_count = excluded.line_count, state = 'parked', parked_by = excluded.parked_by, parked_at_ms = excluded.parked_at_ms,
       updated_at_ms = excluded.updated_at_ms`,
    [
      uuidToBytes(cart.cartId), terminalId, cart.label, cart.currency, cart.cartJson, int(cart.lineCount), uuidToBytes(cart.parkedBy),
      int(cart.parkedAtMs), int(cart.parkedAtMs),
    ],
  );
}

export async function parkedCarts(tx: ReadTx, terminalId: string, limit: number): Promise<ParkedCartRow[]> {
  const rows = await tx.all("SELECT * FROM parked_cart WHERE terminal_id = ? AND state = 'parked' ORDER BY parked_at_ms, cart_id LIMIT ?", [
    terminalId, int(limit),
  ]);
  return rows.map(parkedFrom);
}

export async function findParkedCart(tx: ReadTx, cartId: string): Promise<ParkedCartRow | undefined> {
  const row = await tx.get("SELECT * FROM parked_cart WHERE cart_id = ? AND state = 'parked'", [uuidToBytes(cartId)]);
  return row ? parkedFrom(row) : undefined;
}

/** Takes a parked cart off the list (resumed or discarded); the row stays. */
export async function leaveParked(tx: WriteTx, cartId: string, state: 'resumed' | 'discarded', atMs: number): Promise<boolean> {
  const info = await tx.run("UPDATE parked_cart SET state = ?, updated_at_ms = ? WHERE cart_id = ? AND state = 'parked'", [
    state, int(atMs), uuidToBytes(cartId),
  ]);
  return info.changes === 1;
}
