import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { int, readBytes, readInt } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

/** A manager-approved unit price for one line of one cart. */
export type PriceOverrideRow = {
  readonly id: string;
  readonly cartId: string;
  readonly lineId: string;
  readonly productId: string;
  readonly unitPriceMinor: number;
  readonly staffId: string;
  readonly approvedBy: string;
  readonly atMs: number;
};

function overrideFrom(row: Row): PriceOverrideRow {
  const id = (column: string): string => bytesToUuid(readBytes(row, column));
  return {
    id: id('id'), cartId: id('cart_id'), lineId: id('line_id'), productId: id('product_id'), unitPriceMinor: readInt(row, 'unit_price_minor'),
    staffId: id('staff_id'), approvedBy: id('approved_by'), atMs: readInt(row, 'at_ms'),
  };
}

export async function insertPriceOverride(tx: WriteTx, o: PriceOverrideRow): Promise<void> {
  await tx.run(
    'INSERT INTO price_override (id, cart_id, line_id, product_id, unit_price_minor, staff_id, approved_by, at_ms) VALUES (?, ?, ?, ?, CAST(? AS INTEGER), ?, ?, ?)',
    [
      uuidToBytes(o.id), uuidToBytes(o.cartId), uuidToBytes(o.lineId), uuidToBytes(o.productId), int(o.unitPriceMinor),
      uuidToBytes(o.staffId), uuidToBytes(o.approvedBy), int(o.atMs),
    ],
  );
}

/** The overrides named by the lines of a cart, by id. */
export async function priceOverrides(tx: ReadTx, ids: readonly string[]): Promise<Map<string, PriceOverrideRow>> {
  const out = new Map<string, PriceOverrideRow>();
  for (const id of new Set(ids)) {
    const row = await tx.get('SELECT * FROM price_override WHERE id = ?', [uuidToBytes(id)]);
    if (row) out.set(id, overrideFrom(row));
  }
  return out;
}
