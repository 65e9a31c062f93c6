import { newId } from '../../../shared/domain/ids';
import type { Result } from '../../../shared/domain/result';
import type { ShiftView, XReport, ZReportView } from '../../../shared/ipc/contract/shifts-schemas';
import { drawerBalance } from '../../../electron/main/db/repositories/shift.repo';
import { expectOk, type TestApp } from '../../support/test-app';

export const codeOf = (r: Result<unknown>): string => (r.ok ? 'ok' : r.error.code);

export async function openShiftNow(t: TestApp, floatMinor = 10_000, shiftId = newId()): Promise<ShiftView> {
  return expectOk<{ shift: ShiftView }>(await t.call('shifts.open', { shiftId, floatMinor })).shift;
}

export function paid(t: TestApp, kind: 'paid_in' | 'paid_out', amountMinor: number, movementId = newId(), reason = 'float top-up') {
  return t.call('shifts.cashMovement', { movementId, kind, amountMinor, reason });
}

export async function xReportNow(t: TestApp): Promise<XReport> {
  return expectOk<XReport>(await t.call('shifts.xReport', {}));
}

export async function closeNow(t: TestApp, shiftId: string, countedCashMinor: number): Promise<{ shift: ShiftView; z: ZReportView; replayed: boolean }> {
  return expectOk(await t.call('shifts.close', { shiftId, countedCashMinor, confirmUnsynced: true }));
}

/** The cash drawer account's balance in CNY (debits − credits: what the drawer should hold). */
export function drawerNow(t: TestApp, currency = 'CNY'): Promise<number> {
  return t.db.tx.read((tx) => drawerBalance(tx, currency));
}
