import { ACCOUNT_KINDS, MERCHANT_OWNER } from '../../../../shared/domain/account-kinds';
import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

/** A shift row, with the opener's display name for the screens. */
export type ShiftRow = {
  readonly id: string;
  readonly terminalId: string;
  readonly currency: string;
  readonly openedBy: string;
  readonly openedByName: string;
  readonly openedAtMs: number;
  readonly floatMinor: number;
  readonly closedAtMs: number | null;
  readonly closedBy: string | null;
  readonly countedCashMinor: number | null;
  readonly expectedCashMinor: number | null;
};

const SHIFT_SQL = `SELECT s.id, s.terminal_id, s.currency, s.opened_by, coalesce(st.display_name, '') AS opened_by_name, s.opened_at_ms,
  s.float_minor, s.closed_at_ms, s.closed_by, s.counted_cash_minor, s.expected_cash_minor
  FROM shift s LEFT JOIN staff st ON st.id = s.opened_by`;

const intOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const idOrNull = (v: unknown): string | null => (v instanceof Uint8Array && v.length === 16 ? bytesToUuid(v) : null);

function shiftFrom(row: Row): ShiftRow {
  return {
    id: bytesToUuid(readBytes(row, 'id')), terminalId: readText(row, 'terminal_id'), currency: readText(row, 'currency'),
    openedBy: bytesToUuid(readBytes(row, 'opened_by')), openedByName: readText(row, 'opened_by_name'),
    openedAtMs: readInt(row, 'opened_at_ms'), floatMinor: readInt(row, 'float_minor'),
    closedAtMs: intOrNull(row['closed_at_ms']), closedBy: idOrNull(row['closed_by']),
    countedCashMinor: intOrNull(row['counted_cash_minor']), expectedCashMinor: intOrNull(row['expected_cash_minor']),
  };
}

/**
 * This terminal's open shift (the terminal of this database, from `meta`), or null. For SALES:
 * no sale without an open shift, and a sale names the shift it belongs to.
 */
export async function openShift(tx: ReadTx): Promise<{ shiftId: string; currency: string; openedBy: string } | null> {
  const row = await tx.get(
    `SELECT id, currency, opened_by FROM shift
     WHERE terminal_id = (SELECT value FROM meta WHERE key = 'terminal_id') AND closed_at_ms IS NULL`,
  );
  return row
    ? { shiftId: bytesToUuid(readBytes(row, 'id')), currency: readText(row, 'currency'), openedBy: bytesToUuid(readBytes(row, 'opened_by')) }
    : null;
}

/** The open shift of a terminal, in full. */
export async function openShiftRow(tx: ReadTx, terminalId: string): Promise<ShiftRow | undefined> {
  const row = await tx.get(`${SHIFT_SQL} WHERE s.terminal_id = ? AND s.closed_at_ms IS NULL`, [terminalId]);
  return row ? shiftFrom(row) : undefined;
}

export async function findShift(tx: ReadTx, id: string): Promise<ShiftRow | undefined> {
  const row = await tx.get(`${SHIFT_SQL} WHERE s.id = ?`, [uuidToBytes(id)]);
  return row ? shiftFrom(row) : undefined;
}

export type NewShift = Pick<ShiftRow, 'id' | 'terminalId' | 'currency' | 'openedBy' | 'openedAtMs' | 'floatMinor'>;

/** Inserts an open shift; false when the terminal already has one (the partial unique index). */
export async function insertShift(tx: WriteTx, shift: NewShift): Promise<boolean> {
  const done = await tx.run(
    `INSERT INTO shift (id, terminal_id, currency, opened_by, opened_at_ms, float_minor) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
    [uuidToBytes(shift.id), shift.terminalId, shift.currency, uuidToBytes(shift.openedBy), int(shift.openedAtMs), int(shift.floatMinor)],
  );
  return done.changes === 1;
}

export type ShiftClosing = {
  readonly closedAtMs: number;
  readonly closedBy: string;
  readonly countedCashMinor: number;
  readonly expectedCashMinor: number;
};

/** Closes an open shift (the only update the schema allows); false when it was not open. */
export async function closeShiftRow(tx: WriteTx, id: string, closing: ShiftClosing): Promise<boolean> {
  const done = await tx.run(
    `UPDATE shift SET closed_at_ms = ?, closed_by = ?, counted_cash_minor = ?, expected_cash_minor = ?
     WHERE id = ? AND closed_at_ms IS NULL`,
    [int(closing.closedAtMs), uuidToBytes(closing.closedBy), int(closing.countedCashMinor), int(closing.expectedCashMinor), uuidToBytes(id)],
  );
  return done.changes === 1;
}

/**
 * The merchant's cash drawer balance in a currency (posted debits − credits; 0 before the account
 * exists): what the drawer should hold.
 */
export async function drawerBalance(tx: ReadTx, currency: string): Promise<number> {
  const row = await tx.get(
    `SELECT a.debits_posted - a.credits_posted AS balance FROM account a JOIN ledger l ON l.id = a.ledger_id
     WHERE a.owner_ref = ? AND a.kind = ? AND l.currency = ? ORDER BY a.seq LIMIT 1`,
    [MERCHANT_OWNER, ACCOUNT_KINDS.cashDrawer.kind, currency],
  );
  return row ? readInt(row, 'balance') : 0;
}
