import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { recordsOf } from '../../../electron/main/db/repositories/record.repo';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';
import { closeNow, codeOf, drawerNow, openShiftNow, paid, xReportNow } from './shift-helpers';

let t: TestApp;
let cashier: StaffSeed;
let cashier2: StaffSeed;
let manager: StaffSeed;
beforeEach(async () => {
  t = await createTestApp();
  const { members } = await setupWithStaff(t, [
    { staffCode: 'mgr1', secret: '135792', role: 'manager' },
    { staffCode: 'cash1', secret: '975310', role: 'cashier' },
    { staffCode: 'cash2', secret: '975311', role: 'cashier' },
  ]);
  [manager, cashier, cashier2] = members as [StaffSeed, StaffSeed, StaffSeed];
  await signInAs(t, cashier);
});
afterEach(async () => t.close());

describe('shifts: open, move cash, close', () => {
  it('opens one shift per terminal with its float in the drawer account, and answers a repeat', async () => {
    expect(expectOk(await t.call('shifts.current', {}))).toEqual({ shift: null });
    const shiftId = newId();
    const shift = await openShiftNow(t, 20_000, shiftId);
    expect(shift).toMatchObject({ shiftId, status: 'open', currency: 'CNY', floatMinor: 20_000, openedBy: cashier.id, openedByName: 'cashier cash1', zNumber: null });
    expect(await drawerNow(t)).toBe(20_000);
    expect(expectOk(await t.call('shifts.current', {}))).toEqual({ shift });
    expect(expectOk(await t.call('shifts.open', { shiftId, floatMinor: 20_000 }))).toEqual({ shift, replayed: true });
    expect(codeOf(await t.call('shifts.open', { shiftId, floatMinor: 1 }))).toBe('id_exists_with_different_content');
    expect(codeOf(await t.call('shifts.open', { shiftId: newId(), floatMinor: 20_000 }))).toBe('shift_already_open');
    const records = await t.db.tx.read((tx) => recordsOf(tx, shiftId, ['shift.opened']));
    expect(records.map((r) => r.body)).toEqual([{ shiftId, terminalId: t.terminalId, currency: 'CNY', floatMinor: 20_000, openedBy: cashier.id }]);
  });

  it('paid in and paid out move the drawer account, with their reason; a paid-out beyond the drawer is refused', async () => {
    expect(codeOf(await paid(t, 'paid_in', 500))).toBe('shift_not_open');
    await openShiftNow(t, 10_000);
    const inId = newId();
    const paidIn = expectOk<object>(await paid(t, 'paid_in', 2_500, inId, 'change from the bank'));
    expect(paidIn).toMatchObject({ movementId: inId, kind: 'paid_in', amountMinor: 2_500, reason: 'change from the bank', expectedCashMinor: 12_500, replayed: false });
    expect(expectOk(await paid(t, 'paid_in', 2_500, inId, 'change from the bank'))).toMatchObject({ ...paidIn, replayed: true });
    expect(codeOf(await paid(t, 'paid_in', 2_501, inId, 'change from the bank'))).toBe('id_exists_with_different_content');
    expect(codeOf(await paid(t, 'paid_out', 12_501))).toBe('paid_out_exceeds_cash');
    expectOk(await paid(t, 'paid_out', 1_200, newId(), '  window cleaner  '));
    expect(await drawerNow(t)).toBe(11_300);
    const x = await xReportNow(t);
    expect(x.drawer).toMatchObject({
      floatMinor: 10_000, paidInMinor: 2_500, paidOutMinor: 1_200, paidInCount: 1, paidOutCount: 1, otherCashMinor: 0, expectedMinor: 11_300,
      countedMinor: null, overShortMinor: null,
    });
    const reasons = await t.db.tx.read((tx) => tx.all("SELECT reason FROM cash_movement ORDER BY at_ms, kind"));
    expect(reasons.map((r) => r['reason'])).toContain('window cleaner');
  });

  it('a no-sale drawer opening is recorded with its reason and counted, moving no money', async () => {
    expect(codeOf(await t.call('shifts.noSale', { eventId: newId(), reason: 'give change' }))).toBe('shift_not_open');
    await openShiftNow(t, 5_000);
    const eventId = newId();
    const first = expectOk<object>(await t.call('shifts.noSale', { eventId, reason: 'give change' }));
    expect(expectOk(await t.call('shifts.noSale', { eventId, reason: 'give change' }))).toEqual({ ...first, replayed: true });
    expect(codeOf(await t.call('shifts.noSale', { eventId, reason: 'other' }))).toBe('id_exists_with_different_content');
    expect(codeOf(await t.call('shifts.noSale', { eventId: newId(), reason: '   ' }))).toBe('invalid_input');
    expect((await xReportNow(t)).drawer.noSaleCount).toBe(1);
    expect(await drawerNow(t)).toBe(5_000);
    const [record] = await t.db.tx.read((tx) => recordsOf(tx, eventId));
    expect(record).toMatchObject({ kind: 'drawer.opened', actorId: cashier.id, body: { eventId, reason: 'give change' } });
  });

  it('closes with the count: over/short posted so the drawer account matches the count, then a signed Z', async () => {
    const shift = await openShiftNow(t, 10_000);
    expectOk(await paid(t, 'paid_in', 3_000));
    expect(codeOf(await t.call('shifts.close', { shiftId: shift.shiftId, countedCashMinor: 12_950 }))).toBe('unsynced_outbox');
    const closed = await closeNow(t, shift.shiftId, 12_950);
    expect(closed.replayed).toBe(false);
    expect(closed.shift).toMatchObject({ status: 'closed', countedCashMinor: 12_950, expectedCashMinor: 13_000, overShortMinor: -50, zNumber: 1, closedBy: cashier.id });
    expect(closed.z).toMatchObject({ zNumber: 1, shiftId: shift.shiftId, firstSeq: 1, drawer: { expectedMinor: 13_000, countedMinor: 12_950, overShortMinor: -50 } });
    expect(closed.z.lastSeq).toBe(closed.z.seq - 1);
    expect(closed.z.unsynced.count).toBeGreaterThan(0);
    expect(await drawerNow(t)).toBe(12_950);
    expect(expectOk(await t.call('shifts.current', {}))).toEqual({ shift: null });
    // A repeat of the close answers the Z; another count is refused.
    expect(expectOk(await t.call('shifts.close', { shiftId: shift.shiftId, countedCashMinor: 12_950 }))).toEqual({ ...closed, replayed: true });
    expect(codeOf(await t.call('shifts.close', { shiftId: shift.shiftId, countedCashMinor: 13_000, confirmUnsynced: true }))).toBe('shift_already_closed');
    expect(codeOf(await t.call('shifts.close', { shiftId: newId(), countedCashMinor: 1, confirmUnsynced: true }))).toBe('shift_not_found');
    expect(expectOk(await t.call('shifts.zReport', { zNumber: 1 }))).toEqual(closed.z);
    expect(codeOf(await t.call('shifts.zReport', { zNumber: 2 }))).toBe('z_report_not_found');
    expect(codeOf(await t.call('shifts.xReport', {}))).toBe('shift_not_open');
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('the next shift resets the drawer to its float, and its Z carries the grand totals on', async () => {
    const first = await openShiftNow(t, 10_000);
    const z1 = (await closeNow(t, first.shiftId, 10_400)).z;
    expect(z1.drawer.overShortMinor).toBe(400);
    const second = await openShiftNow(t, 8_000);
    expect(await drawerNow(t)).toBe(8_000);
    const z2 = (await closeNow(t, second.shiftId, 8_000)).z;
    expect(z2).toMatchObject({ zNumber: 2, firstSeq: z1.seq + 1 });
    expect(z2.grandTotals).toEqual(z1.grandTotals);
    const list = expectOk<{ reports: { zNumber: number }[]; next: number | null }>(await t.call('shifts.zReports', { limit: 1 }));
    expect(list).toMatchObject({ reports: [{ zNumber: 2 }], next: 2 });
    expect(expectOk(await t.call('shifts.zReports', { beforeZNumber: 2 }))).toMatchObject({ reports: [{ zNumber: 1, overShortMinor: 400 }], next: null });
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('only the opener or a manager closes a shift; a colleague is refused and audited', async () => {
    const shift = await openShiftNow(t, 1_000);
    await signInAs(t, cashier2);
    expect(codeOf(await t.call('shifts.close', { shiftId: shift.shiftId, countedCashMinor: 1_000, confirmUnsynced: true }))).toBe('forbidden');
    const denied = await t.db.tx.read((tx) => tx.all("SELECT detail FROM audit a JOIN journal j ON j.seq = a.seq WHERE j.kind = 'audit.accessDenied'"));
    expect(denied.map((r) => JSON.parse(String(r['detail'])) as { method: string })).toContainEqual(expect.objectContaining({ method: 'shifts.close', code: 'forbidden' }));
    await signInAs(t, manager);
    expect((await closeNow(t, shift.shiftId, 1_000)).shift.closedBy).toBe(manager.id);
  });
});
