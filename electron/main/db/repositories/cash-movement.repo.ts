import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

export type CashMovementKind = 'paid_in' | 'paid_out' | 'no_sale';

export type CashMovementRow = {
  readonly id: string;
  readonly shiftId: string;
  readonly kind: CashMovementKind;
  /** 0 for a no-sale drawer opening. */
  readonly amountMinor: number;
  readonly reason: string;
  readonly staffId: string;
  readonly atMs: number;
};

/** Appends a movement (the table refuses updates and deletes). */
export async function insertCashMovement(tx: WriteTx, m: CashMovementRow): Promise<void> {
  await tx.run(
    'INSERT INTO cash_movement (id, shift_id, kind, amount_minor, reason, staff_id, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [uuidToBytes(m.id), uuidToBytes(m.shiftId), m.kind, int(m.amountMinor), m.reason, uuidToBytes(m.staffId), int(m.atMs)],
  );
}

export async function findCashMovement(tx: ReadTx, id: string): Promise<CashMovementRow | undefined> {
  const row = await tx.get('SELECT id, shift_id, kind, amount_minor, reason, staff_id, at_ms FROM cash_movement WHERE id = ?', [uuidToBytes(id)]);
  if (!row) return undefined;
  return {
    id, shiftId: bytesToUuid(readBytes(row, 'shift_id')), kind: readText(row, 'kind') as CashMovementKind,
    amountMinor: readInt(row, 'amount_minor'), reason: readText(row, 'reason'), staffId: bytesToUuid(readBytes(row, 'staff_id')),
    atMs: readInt(row, 'at_ms'),
  };
}

export type CashMovementSums = {
  readonly paidInMinor: number;
  readonly paidInCount: number;
  readonly paidOutMinor: number;
  readonly paidOutCount: number;
  readonly noSaleCount: number;
};

/** A shift's paid-in and paid-out sums and counts, and its no-sale openings (one index range). */
export async function cashMovementSums(tx: ReadTx, shiftId: string): Promise<CashMovementSums> {
  const rows = await tx.all(
    'SELECT kind, count(*) AS n, coalesce(sum(amount_minor), 0) AS total FROM cash_movement WHERE shift_id = ? GROUP BY kind',
    [uuidToBytes(shiftId)],
  );
  const of = (kind: CashMovementKind) => rows.find((r) => r['kind'] === kind);
  const count = (kind: CashMovementKind) => { const r = of(kind); return r ? readInt(r, 'n') : 0; };
  const total = (kind: CashMovementKind) => { const r = of(kind); return r ? readInt(r, 'total') : 0; };
  return {
    paidInMinor: total('paid_in'), paidInCount: count('paid_in'), paidOutMinor: total('paid_out'), paidOutCount: count('paid_out'),
    noSaleCount: count('no_sale'),
  };
}
