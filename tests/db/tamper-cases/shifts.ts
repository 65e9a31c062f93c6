import { newId } from '../../../shared/domain/ids';
import type { SHIFT_STATE_SCHEMAS } from '../../../shared/domain/state/shifts';
import { expectOk, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';
import { renameIn, type Case } from './case';

/** Tamper cases for the shifts domain's state kinds (its record kinds have a generic case). */
export const shiftTamperCases: { readonly [K in keyof typeof SHIFT_STATE_SCHEMAS]: Case } = {
  'shift.state': renameIn('currency'),
  'cash_movement.state': renameIn('reason'),
};

/**
 * Writes at least one entry of every state and record kind of the shifts domain through its use
 * cases (the caller, the owner, is signed in): a shift opened with a float, a paid-in, a paid-out,
 * a no-sale, and the close with its Z; then, 400 days on, the monthly closures that are over and
 * the first year's closure.
 */
export async function seedShiftKinds(t: TestApp, owner: StaffSeed): Promise<void> {
  const shiftId = newId();
  expectOk(await t.call('shifts.open', { shiftId, floatMinor: 5_000 }));
  expectOk(await t.call('shifts.cashMovement', { movementId: newId(), kind: 'paid_in', amountMinor: 700, reason: 'coins from the bank' }));
  expectOk(await t.call('shifts.cashMovement', { movementId: newId(), kind: 'paid_out', amountMinor: 300, reason: 'milk for the staff room' }));
  expectOk(await t.call('shifts.noSale', { eventId: newId(), reason: 'change for a note' }));
  expectOk(await t.call('shifts.close', { shiftId, countedCashMinor: 5_390, confirmUnsynced: true }));
  t.clock.advance(400 * 86_400_000);
  await signInAs(t, owner);
  const next = async (kind: 'month' | 'year') => expectOk<{ next: { period: string; ready: boolean } | null }>(await t.call('shifts.closures', { kind })).next;
  for (let month = await next('month'); month?.ready === true; month = await next('month')) {
    expectOk(await t.call('shifts.closePeriod', { kind: 'month', closureId: newId(), period: month.period }));
  }
  const year = await next('year');
  if (year?.ready !== true) throw new Error('the first year is not ready to close');
  expectOk(await t.call('shifts.closePeriod', { kind: 'year', closureId: newId(), period: year.period }));
}
