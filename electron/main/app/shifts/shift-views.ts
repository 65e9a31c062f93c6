import type { ZBody } from '../../../../shared/domain/records/shifts';
import type { ShiftView, ZReportView } from '../../../../shared/ipc/contract/shifts-schemas';
import type { ShiftRow } from '../../db/repositories/shift.repo';
import type { StoredZ } from '../../db/repositories/z-report.repo';

/** A shift row as the contract shows it. */
export function shiftView(row: ShiftRow, zNumber: number | null): ShiftView {
  const closed = row.closedAtMs !== null;
  return {
    shiftId: row.id, terminalId: row.terminalId, currency: row.currency, status: closed ? 'closed' : 'open', openedBy: row.openedBy,
    openedByName: row.openedByName, openedAtMs: row.openedAtMs, floatMinor: row.floatMinor, closedAtMs: row.closedAtMs,
    closedBy: row.closedBy, countedCashMinor: row.countedCashMinor, expectedCashMinor: row.expectedCashMinor,
    overShortMinor: row.countedCashMinor !== null && row.expectedCashMinor !== null ? row.countedCashMinor - row.expectedCashMinor : null,
    zNumber,
  };
}

/** A stored Z's body (its record, as chained), or throws: a Z without its record is what verify names. */
export function zBodyOf(z: StoredZ): ZBody {
  if (z.bodyJson === null) throw new Error(`Z ${z.zNumber} has no record`);
  return JSON.parse(z.bodyJson) as ZBody;
}

/** A Z as the contract shows it: its signed body and its journal entry. */
export function zView(z: StoredZ): ZReportView {
  return { ...zBodyOf(z), seq: z.seq };
}
