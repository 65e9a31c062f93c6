import { beforeEach, describe, expect, it } from 'vitest';

import { closeShift, loadMoreZ, loadShifts, loadX, openShift, recordMovement, showZ } from '../../renderer/src/features/shifts/shifts.actions';
import { differenceWords, shortHex } from '../../renderer/src/features/shifts/shift-format';
import { useShiftsStore } from '../../renderer/src/features/shifts/shifts.store';
import type { Shift, XReport, ZReport, ZSummary } from '../../renderer/src/features/shifts/shifts.store';
import { createI18n } from '../../renderer/src/lib/i18n';
import { resetSessionStores } from '../../renderer/src/lib/session-scope';
import { fail, fakeApi, ok, STAFF_ID } from './fake-transport';

const SHIFT_ID = '01900000-0000-7000-8000-00000000a001';
const shift: Shift = {
  shiftId: SHIFT_ID, terminalId: 'T1', currency: 'CNY', status: 'open', openedBy: STAFF_ID, openedByName: 'Ada', openedAtMs: 1_700_000_000_000,
  floatMinor: 20_000, closedAtMs: null, closedBy: null, countedCashMinor: null, expectedCashMinor: null, overShortMinor: null, zNumber: null,
};
const period = {
  saleCount: 3, refundCount: 1, voidCount: 0, grossMinor: 5000, discountMinor: 0, netMinor: 4425, taxMinor: 575, totalMinor: 4500, refundsMinor: 500,
  byTax: [{ taxClass: 'standard', rateBp: 1300, netMinor: 3982, taxMinor: 518, totalMinor: 4500 }],
  byTender: [{ kind: 'cash', salesMinor: 3000, refundsMinor: 500 }, { kind: 'card', salesMinor: 2000, refundsMinor: 0 }],
};
const drawer = {
  floatMinor: 20_000, cashTakenMinor: 3000, cashRefundedMinor: 500, paidInMinor: 0, paidOutMinor: 0, otherCashMinor: 0, expectedMinor: 22_500,
  countedMinor: null, overShortMinor: null, paidInCount: 0, paidOutCount: 0, noSaleCount: 1,
};
const x: XReport = { shift, atMs: 1_700_000_100_000, currency: 'CNY', period, drawer, unsyncedOutboxCount: 2 };
const z = (zNumber: number): ZReport => ({
  zNumber, terminalId: 'T1', shiftId: SHIFT_ID, currency: 'CNY', openedAtMs: shift.openedAtMs, closedAtMs: 1_700_000_200_000, openedBy: STAFF_ID, closedBy: STAFF_ID,
  firstSeq: 10, lastSeq: 42, headMac: 'a'.repeat(64), period, drawer: { ...drawer, countedMinor: 22_400, overShortMinor: -100 },
  grandTotals: { saleCount: 3, refundCount: 1, voidCount: 0, salesMinor: 5000, refundsMinor: 500, totalMinor: 4500, netMinor: 4425, taxMinor: 575, absoluteMinor: 5500 },
  unsynced: { count: 2, ackedSeq: 30 }, signature: { algorithm: 'ed25519', publicKey: 'b'.repeat(64), value: `0123456789${'c'.repeat(108)}abcdef01` }, seq: 43,
});
const summary = (zNumber: number): ZSummary => ({
  zNumber, shiftId: SHIFT_ID, currency: 'CNY', openedAtMs: 1, closedAtMs: 2, closedBy: STAFF_ID, saleCount: 3, totalMinor: 4500, overShortMinor: -100,
});

beforeEach(() => resetSessionStores());

describe('shifts store and actions', () => {
  it('loads the open shift (or none) and the newest Z reports, then pages back by Z number', async () => {
    const { api, calls } = fakeApi({
      'shifts.current': () => ok({ shift: null }),
      'shifts.zReports': (input) => ok((input as { beforeZNumber?: number }).beforeZNumber === undefined
        ? { reports: [summary(3), summary(2)], next: 2 }
        : { reports: [summary(1)], next: null }),
    });
    expect(useShiftsStore.getState().current).toBeUndefined();
    await loadShifts(api);
    expect(useShiftsStore.getState().current).toBeNull();
    expect(useShiftsStore.getState().zList?.map((line) => line.zNumber)).toEqual([3, 2]);
    await loadMoreZ(api);
    expect(calls.at(-1)).toEqual({ key: 'shifts.zReports', input: { beforeZNumber: 2, limit: 20 } });
    expect(useShiftsStore.getState().zList?.map((line) => line.zNumber)).toEqual([3, 2, 1]);
    expect(useShiftsStore.getState().zNext).toBeNull();
    await loadMoreZ(api); // nothing older: no call
    expect(calls.filter((call) => call.key === 'shifts.zReports')).toHaveLength(2);
  });

  it('drops an answer that arrives after a sign-out or lock', async () => {
    let release: (value: unknown) => void = () => undefined;
    const { api } = fakeApi({
      'shifts.current': () => new Promise((resolve) => { release = resolve; }),
      'shifts.zReports': () => ok({ reports: [], next: null }),
    });
    const pending = loadShifts(api);
    resetSessionStores();
    release(ok({ shift }));
    await pending;
    expect(useShiftsStore.getState().current).toBeUndefined();
  });

  it('opens with the counted float under the client id, and shows the shift', async () => {
    const { api, calls } = fakeApi({ 'shifts.open': () => ok({ shift, replayed: false }) });
    await openShift(api, { shiftId: SHIFT_ID, floatMinor: 20_000 });
    expect(calls).toEqual([{ key: 'shifts.open', input: { shiftId: SHIFT_ID, floatMinor: 20_000 } }]);
    expect(useShiftsStore.getState().current).toEqual(shift);
  });

  it('reads the X report again after a cash movement while one is on screen', async () => {
    const movement = { movementId: SHIFT_ID, shiftId: SHIFT_ID, kind: 'paid_in', currency: 'CNY', amountMinor: 500, reason: 'change', atMs: 1, expectedCashMinor: 23_000, replayed: false };
    const { api, calls } = fakeApi({ 'shifts.xReport': () => ok(x), 'shifts.cashMovement': () => ok(movement) });
    await recordMovement(api, { movementId: SHIFT_ID, kind: 'paid_in', amountMinor: 500, reason: 'change' });
    expect(calls.map((call) => call.key)).toEqual(['shifts.cashMovement']); // no X on screen: none asked
    await loadX(api);
    expect(useShiftsStore.getState().x).toEqual(x);
    await recordMovement(api, { movementId: SHIFT_ID, kind: 'paid_in', amountMinor: 500, reason: 'change' });
    await Promise.resolve();
    expect(calls.map((call) => call.key)).toEqual(['shifts.cashMovement', 'shifts.xReport', 'shifts.cashMovement', 'shifts.xReport']);
  });

  it('a close review asks core with the count; the X report on screen stays uncounted', async () => {
    const counted = { ...x, drawer: { ...x.drawer, countedMinor: 100, overShortMinor: -5 } };
    const { api, calls } = fakeApi({ 'shifts.xReport': (input) => ok((input as { countedCashMinor?: number }).countedCashMinor === undefined ? x : counted) });
    await loadX(api);
    const review = await loadX(api, 100);
    expect(calls[1]).toEqual({ key: 'shifts.xReport', input: { countedCashMinor: 100 } });
    expect(review.drawer.overShortMinor).toBe(-5);
    expect(useShiftsStore.getState().x).toEqual(x);
  });

  it('close: the Z is shown as just taken, the shift is gone and the list is read again', async () => {
    const { api, calls } = fakeApi({
      'shifts.close': () => ok({ shift: { ...shift, status: 'closed' }, z: z(4), replayed: false }),
      'shifts.zReports': () => ok({ reports: [summary(4), summary(3)], next: null }),
    });
    useShiftsStore.setState({ current: shift, x });
    const answer = await closeShift(api, { shiftId: SHIFT_ID, countedCashMinor: 22_400, confirmUnsynced: true });
    expect(answer.zNumber).toBe(4);
    expect(calls[0]).toEqual({ key: 'shifts.close', input: { shiftId: SHIFT_ID, countedCashMinor: 22_400, confirmUnsynced: true } });
    const state = useShiftsStore.getState();
    expect(state.current).toBeNull();
    expect(state.x).toBeNull();
    expect(state.z?.zNumber).toBe(4);
    expect(state.zJustTaken).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useShiftsStore.getState().zList?.map((line) => line.zNumber)).toEqual([4, 3]);
  });

  it('close without the confirmation while items are unsynced rejects, and the shift stays', async () => {
    const { api } = fakeApi({ 'shifts.close': () => fail('unsynced_outbox') });
    useShiftsStore.setState({ current: shift });
    await expect(closeShift(api, { shiftId: SHIFT_ID, countedCashMinor: 22_400 })).rejects.toMatchObject({ code: 'unsynced_outbox' });
    expect(useShiftsStore.getState().current).toEqual(shift);
    expect(useShiftsStore.getState().z).toBeNull();
  });

  it('shows a past Z by number, and a missing one as the screen error', async () => {
    const { api } = fakeApi({ 'shifts.zReport': (input) => ((input as { zNumber: number }).zNumber === 2 ? ok(z(2)) : fail('z_report_not_found')) });
    await showZ(api, 2);
    expect(useShiftsStore.getState().z?.zNumber).toBe(2);
    expect(useShiftsStore.getState().zJustTaken).toBe(false);
    await showZ(api, 9);
    expect(useShiftsStore.getState().error?.code).toBe('z_report_not_found');
  });
});

describe('shift words', () => {
  it('over, short and even in both languages, from the exact difference', () => {
    const en = createI18n('en');
    const zh = createI18n('zh-CN');
    expect(differenceWords(-300, 'CNY', 'en', en.t)).toBe('Short by CN¥3.00');
    expect(differenceWords(150, 'EUR', 'en', en.t)).toBe('Over by €1.50');
    expect(differenceWords(0, 'CNY', 'en', en.t)).toBe('The count matches');
    expect(differenceWords(-300, 'CNY', 'zh-CN', zh.t)).toBe('短款 ¥3.00');
  });

  it('a signature in short form: the first and last eight characters', () => {
    expect(shortHex(z(1).signature.value)).toBe('01234567…abcdef01');
    expect(shortHex('abc')).toBe('abc');
  });
});
