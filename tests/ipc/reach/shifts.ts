import { newId } from '../../../shared/domain/ids';
import type { shiftDomainContract } from '../../../shared/ipc/contract/shifts-domain';
import { expectOk, signInAs } from '../../support/test-app';
import { ROLE_GATED, SIGNED_IN, type DomainReachers, type World } from './common';

/** A shift opened by the cashier (who stays signed in), with this float. */
async function openShift(w: World, floatMinor = 1_000): Promise<string> {
  await signInAs(w.t, w.cashier);
  const shiftId = newId();
  expectOk(await w.t.call('shifts.open', { shiftId, floatMinor }));
  return shiftId;
}

const DAY_MS = 86_400_000;

/** Z 1 of this terminal, closed now (the cashier's shift), then the clock a few days on. */
async function firstZ(w: World, daysAfter: number): Promise<void> {
  const shiftId = await openShift(w, 0);
  expectOk(await w.t.call('shifts.close', { shiftId, countedCashMinor: 0, confirmUnsynced: true }));
  w.t.clock.advance(daysAfter * DAY_MS);
  await signInAs(w.t, w.manager);
}

/** The month this terminal closes next, as `shifts.closures` names it. */
async function nextMonth(w: World): Promise<string> {
  const { next } = expectOk<{ next: { period: string } | null }>(await w.t.call('shifts.closures', { kind: 'month' }));
  if (!next) throw new Error('no month to close');
  return next.period;
}

const closeMonth = async (w: World, period: string, closureId = newId()) => w.t.call('shifts.closePeriod', { kind: 'month', closureId, period });

const noShift = async (w: World, key: 'shifts.cashMovement' | 'shifts.noSale' | 'shifts.xReport') => {
  await signInAs(w.t, w.cashier);
  return w.t.call(key, w.samples[key][0]);
};

/** A way to reach every declared code of the shifts domain's methods (see declared-errors.test.ts). */
export const shiftReach: DomainReachers<typeof shiftDomainContract> = {
  'shifts.open': {
    ...SIGNED_IN,
    shift_already_open: async (w) => {
      await openShift(w);
      return w.t.call('shifts.open', { shiftId: newId(), floatMinor: 1_000 });
    },
    id_exists_with_different_content: async (w) => {
      const shiftId = await openShift(w, 1_000);
      return w.t.call('shifts.open', { shiftId, floatMinor: 2_000 });
    },
  },
  'shifts.current': { ...SIGNED_IN },
  'shifts.cashMovement': {
    ...SIGNED_IN,
    shift_not_open: (w) => noShift(w, 'shifts.cashMovement'),
    paid_out_exceeds_cash: async (w) => {
      await openShift(w, 1_000);
      return w.t.call('shifts.cashMovement', { movementId: newId(), kind: 'paid_out', amountMinor: 1_001, reason: 'too much' });
    },
    id_exists_with_different_content: async (w) => {
      await openShift(w);
      const movementId = newId();
      expectOk(await w.t.call('shifts.cashMovement', { movementId, kind: 'paid_in', amountMinor: 100, reason: 'coins' }));
      return w.t.call('shifts.cashMovement', { movementId, kind: 'paid_in', amountMinor: 101, reason: 'coins' });
    },
  },
  'shifts.noSale': {
    ...SIGNED_IN,
    shift_not_open: (w) => noShift(w, 'shifts.noSale'),
    id_exists_with_different_content: async (w) => {
      await openShift(w);
      const eventId = newId();
      expectOk(await w.t.call('shifts.noSale', { eventId, reason: 'change' }));
      return w.t.call('shifts.noSale', { eventId, reason: 'another reason' });
    },
  },
  'shifts.xReport': { ...SIGNED_IN, shift_not_open: (w) => noShift(w, 'shifts.xReport') },
  'shifts.close': {
    ...SIGNED_IN,
    shift_not_found: async (w) => {
      await signInAs(w.t, w.manager);
      return w.t.call('shifts.close', { shiftId: newId(), countedCashMinor: 0, confirmUnsynced: true });
    },
    shift_already_closed: async (w) => {
      const shiftId = await openShift(w);
      expectOk(await w.t.call('shifts.close', { shiftId, countedCashMinor: 1_000, confirmUnsynced: true }));
      return w.t.call('shifts.close', { shiftId, countedCashMinor: 999, confirmUnsynced: true });
    },
    unsynced_outbox: async (w) => {
      const shiftId = await openShift(w);
      return w.t.call('shifts.close', { shiftId, countedCashMinor: 1_000 });
    },
    forbidden: async (w) => {
      await signInAs(w.t, w.manager);
      const shiftId = newId();
      expectOk(await w.t.call('shifts.open', { shiftId, floatMinor: 0 }));
      await signInAs(w.t, w.cashier);
      return w.t.call('shifts.close', { shiftId, countedCashMinor: 0, confirmUnsynced: true });
    },
  },
  'shifts.zReports': { ...SIGNED_IN },
  'shifts.zReport': {
    ...SIGNED_IN,
    z_report_not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('shifts.zReport', { zNumber: 1 });
    },
  },
  'shifts.closePeriod': {
    ...ROLE_GATED,
    nothing_to_close: async (w) => {
      await signInAs(w.t, w.manager);
      return closeMonth(w, '2026-01');
    },
    period_out_of_order: async (w) => {
      await firstZ(w, 40);
      return closeMonth(w, '2031-01');
    },
    period_not_over: async (w) => {
      await firstZ(w, 0);
      return closeMonth(w, await nextMonth(w));
    },
    period_already_closed: async (w) => {
      await firstZ(w, 40);
      const period = await nextMonth(w);
      expectOk(await closeMonth(w, period));
      return closeMonth(w, period);
    },
    months_not_closed: async (w) => {
      await firstZ(w, 40);
      return w.t.call('shifts.closePeriod', { kind: 'year', closureId: newId(), period: '2026' });
    },
    id_exists_with_different_content: async (w) => {
      await firstZ(w, 40);
      const closureId = newId();
      expectOk(await closeMonth(w, await nextMonth(w), closureId));
      return w.t.call('shifts.closePeriod', { kind: 'year', closureId, period: '2026' });
    },
  },
  'shifts.closures': { ...SIGNED_IN },
  'reports.sales': { ...ROLE_GATED },
  'reports.taxes': { ...ROLE_GATED },
  'reports.storedValue': { ...ROLE_GATED },
};
