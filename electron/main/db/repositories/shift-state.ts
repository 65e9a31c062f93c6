import { stateJson } from '../../../../shared/domain/guarded-state';
import { bytesToUuid } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { readBytes, readInt, readText } from '../sql-value';
import { tableStateReader } from '../state-reader';

const SHIFT_SQL = `SELECT id, terminal_id, currency, opened_by, opened_at_ms, float_minor, closed_at_ms, closed_by,
  counted_cash_minor, expected_cash_minor FROM shift`;
const MOVEMENT_SQL = 'SELECT id, shift_id, kind, amount_minor, reason, staff_id, at_ms FROM cash_movement';

const intOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const idOrNull = (v: unknown): string | null => (v instanceof Uint8Array && v.length === 16 ? bytesToUuid(v) : null);

function shiftJson(row: Row): string {
  return stateJson('shift.state', {
    terminalId: readText(row, 'terminal_id'), currency: readText(row, 'currency'), openedBy: bytesToUuid(readBytes(row, 'opened_by')),
    openedAtMs: readInt(row, 'opened_at_ms'), floatMinor: readInt(row, 'float_minor'), closedAtMs: intOrNull(row['closed_at_ms']),
    closedBy: idOrNull(row['closed_by']), countedCashMinor: intOrNull(row['counted_cash_minor']),
    expectedCashMinor: intOrNull(row['expected_cash_minor']),
  });
}

function movementJson(row: Row): string {
  return stateJson('cash_movement.state', {
    shiftId: bytesToUuid(readBytes(row, 'shift_id')), kind: readText(row, 'kind'), amountMinor: readInt(row, 'amount_minor'),
    reason: readText(row, 'reason'), staffId: bytesToUuid(readBytes(row, 'staff_id')), atMs: readInt(row, 'at_ms'),
  });
}

/** The shifts domain's guarded state, as verify and the chaining read it. */
export const SHIFT_STATE_READERS = {
  'shift.state': tableStateReader('shift', SHIFT_SQL, shiftJson),
  'cash_movement.state': tableStateReader('cash movement', MOVEMENT_SQL, movementJson),
} as const;
