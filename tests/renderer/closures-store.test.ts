import { beforeEach, describe, expect, it } from 'vitest';

import { attemptFor, closePeriod, loadClosures } from '../../renderer/src/features/shifts/closures.actions';
import { useClosuresStore, type Closure } from '../../renderer/src/features/shifts/closures.store';
import { periodLabel } from '../../renderer/src/features/shifts/shift-format';
import { resetSessionStores } from '../../renderer/src/lib/session-scope';
import { fail, fakeApi, ok, STAFF_ID } from './fake-transport';

const totals = { saleCount: 3, refundCount: 0, voidCount: 0, grossMinor: 4500, discountMinor: 0, netMinor: 3982, taxMinor: 518, totalMinor: 4500, refundsMinor: 0, byTax: [], byTender: [] };
const grandTotals = { saleCount: 9, refundCount: 0, voidCount: 0, salesMinor: 9000, refundsMinor: 0, totalMinor: 9000, netMinor: 7965, taxMinor: 1035, absoluteMinor: 9000 };
const closure = (number: number, period: string): Closure => ({
  kind: 'month', closureId: '01900000-0000-7000-8000-00000000c001', number, terminalId: 'T1', period, timeZone: 'Asia/Shanghai', closedAtMs: 1,
  closedBy: STAFF_ID, afterZ: number - 1, throughZ: number, currencies: [{ currency: 'CNY', zCount: 1, totals, overShortMinor: 0, grandTotals }],
  lastSeq: 40, headMac: 'a'.repeat(64), signature: { algorithm: 'ed25519', publicKey: 'b'.repeat(64), value: 'c'.repeat(128) }, seq: 41,
});

beforeEach(() => resetSessionStores());

describe('closures store and actions', () => {
  it('loads the newest closures of a kind with the next period, then pages back by number', async () => {
    const next = { period: '2026-03', ready: true, waitingFor: null };
    const { api, calls } = fakeApi({
      'shifts.closures': (input) => ok((input as { beforeNumber?: number }).beforeNumber === undefined
        ? { closures: [closure(3, '2026-02'), closure(2, '2026-01')], more: 2, next }
        : { closures: [closure(1, '2025-12')], more: null, next }),
    });
    await loadClosures(api, 'month');
    expect(useClosuresStore.getState()).toMatchObject({ kind: 'month', more: 2, next });
    await loadClosures(api, 'month', true);
    expect(useClosuresStore.getState().closures?.map((c) => c.period)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(calls.map((c) => c.input)).toEqual([{ kind: 'month', limit: 12 }, { kind: 'month', limit: 12, beforeNumber: 2 }]);
  });

  it('another kind replaces the list; a failure is the card’s error', async () => {
    const { api } = fakeApi({
      'shifts.closures': (input) => ((input as { kind: string }).kind === 'year' ? ok({ closures: [], more: null, next: null }) : fail('session_locked')),
    });
    await loadClosures(api, 'year');
    expect(useClosuresStore.getState()).toMatchObject({ kind: 'year', closures: [], next: null, error: null });
    await loadClosures(api, 'month');
    expect(useClosuresStore.getState().error?.code).toBe('session_locked');
  });

  it('a closure taken reloads the list; a refused one rejects with its code and changes nothing', async () => {
    let closed = false;
    const { api, calls } = fakeApi({
      'shifts.closePeriod': (input) => {
        if ((input as { period: string }).period !== '2026-03') return fail('period_out_of_order', 'the next month to close is 2026-03');
        closed = true;
        return ok({ closure: closure(4, '2026-03'), replayed: false });
      },
      'shifts.closures': () => ok({ closures: closed ? [closure(4, '2026-03')] : [], more: null, next: { period: closed ? '2026-04' : '2026-03', ready: false, waitingFor: 'period_end' } }),
    });
    const closureId = '01900000-0000-7000-8000-00000000c002';
    await expect(closePeriod(api, { kind: 'month', closureId, period: '2026-04' })).rejects.toMatchObject({ code: 'period_out_of_order' });
    expect(calls.map((c) => c.key)).toEqual(['shifts.closePeriod']);
    const { closure: taken } = await closePeriod(api, { kind: 'month', closureId, period: '2026-03' });
    expect(taken.number).toBe(4);
    expect(useClosuresStore.getState().closures?.map((c) => c.number)).toEqual([4]);
    expect(useClosuresStore.getState().next).toMatchObject({ period: '2026-04' });
  });

  it('a closure reopened for the same period keeps its id (a lost reply answers the first); another period gets a new one', () => {
    const first = attemptFor('month', '2026-03', null);
    expect(attemptFor('month', '2026-03', first)).toBe(first);
    expect(attemptFor('month', '2026-04', first).closureId).not.toBe(first.closureId);
    expect(attemptFor('year', '2026', first).closureId).not.toBe(first.closureId);
  });

  it('names a month and a year in the locale’s words', () => {
    expect(periodLabel('2026-11', 'en')).toBe('November 2026');
    expect(periodLabel('2026-11', 'zh-CN')).toBe('2026年11月');
    expect(periodLabel('2026', 'en')).toBe('2026');
    expect(periodLabel('2026', 'zh-CN')).toBe('2026年');
  });
});
