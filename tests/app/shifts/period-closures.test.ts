import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import type { Result } from '../../../shared/domain/result';
import { recordsOf } from '../../../electron/main/db/repositories/record.repo';
import { createTestApp, expectOk, setupWithStaff, signInAs, type TestApp } from '../../support/test-app';
import { closureWorld, type ClosureWorld } from './closure-world';
import { codeOf } from './shift-helpers';

/**
 * Monthly and yearly closures (NF525; ledger design §6.1) in Shanghai's calendar (UTC+8): the Zs
 * of a month summed, in order, once each, only when the month is over; a year after its December.
 */
let w: ClosureWorld;
beforeEach(async () => {
  w = await closureWorld('Asia/Shanghai');
});
afterEach(async () => w.t.close());

const closePeriod = (kind: 'month' | 'year', period: string, closureId = newId()) => w.uc.closePeriod({ kind, closureId, period } as never, w.owner);
const next = async (kind: 'month' | 'year') => expectOk<{ next: unknown }>(await w.uc.closures({ kind })).next;

describe('monthly closures', () => {
  it('sums the Zs closed in each month of the zone’s calendar, with the grand totals after them, and verifies', async () => {
    expect(codeOf(await closePeriod('month', '2026-01'))).toBe('nothing_to_close');
    expect(await next('month')).toBeNull();
    w.setNow('2026-01-10T02:00:00Z');
    await w.dayOfTrade(1_000);
    await w.dayOfTrade(2_000);
    // 18:00 UTC on 31 January is 02:00 on 1 February in Shanghai: Z 3 is February's.
    w.setNow('2026-01-31T17:00:00Z');
    const z3 = await w.dayOfTrade(4_000);
    expect(await next('month')).toEqual({ period: '2026-01', ready: true, waitingFor: null });

    const january = await w.closeMonth('2026-01');
    expect(january).toMatchObject({ kind: 'month', number: 1, period: '2026-01', timeZone: 'Asia/Shanghai', afterZ: 0, throughZ: 2, closedBy: w.owner.staffId });
    expect(january.currencies).toHaveLength(1);
    expect(january.currencies[0]).toMatchObject({
      currency: 'CNY', zCount: 2, overShortMinor: 0,
      totals: { saleCount: 4, totalMinor: 3_000, byTender: [{ kind: 'cash', salesMinor: 3_000, refundsMinor: 0 }] },
      grandTotals: { saleCount: 4, totalMinor: 3_000 },
    });
    expect(january.currencies[0]?.totals.byTax).toEqual([{ taxClass: 'standard', rateBp: 1300, netMinor: 2_655, taxMinor: 345, totalMinor: 3_000 }]);
    expect(january.seq).toBe(z3.seq + 1);
    expect(january.signature.publicKey).toBe(Buffer.from(w.signer.publicKey).toString('hex'));

    expect(await next('month')).toEqual({ period: '2026-02', ready: false, waitingFor: 'period_end' });
    expect(codeOf(await closePeriod('month', '2026-02'))).toBe('period_not_over');
    w.setNow('2026-03-05T04:00:00Z');
    const february = await w.closeMonth('2026-02');
    expect(february).toMatchObject({ number: 2, afterZ: 2, throughZ: 3 });
    expect(february.currencies[0]).toMatchObject({ zCount: 1, totals: { totalMinor: 4_000 }, grandTotals: { saleCount: 6, totalMinor: 7_000 } });
    const z3View = expectOk<{ grandTotals: unknown }>(await w.uc.zReport({ zNumber: 3 }));
    expect(february.currencies[0]?.grandTotals).toEqual(z3View.grandTotals);
    expect(await w.t.app.useCases.verifyLedger()).toMatchObject({ ok: true });
  });

  it('a month without a Z still closes, with zero totals and the grand totals carried on', async () => {
    w.setNow('2026-01-10T02:00:00Z');
    await w.dayOfTrade(1_000);
    w.setNow('2026-03-02T02:00:00Z');
    await w.closeMonth('2026-01');
    const february = await w.closeMonth('2026-02');
    expect(february).toMatchObject({ afterZ: 1, throughZ: 1 });
    expect(february.currencies[0]).toMatchObject({ zCount: 0, totals: { saleCount: 0, totalMinor: 0, byTax: [], byTender: [] }, grandTotals: { totalMinor: 1_000 } });
    expect(await w.t.app.useCases.verifyLedger()).toMatchObject({ ok: true });
  });

  it('closes in order and once: a skipped month, a closed one, a reused id; a retry answers the first closure', async () => {
    w.setNow('2026-01-10T02:00:00Z');
    await w.dayOfTrade(1_000);
    w.setNow('2026-04-02T02:00:00Z');
    const r = await closePeriod('month', '2026-02');
    expect(r.ok ? 'ok' : r.error).toMatchObject({ code: 'period_out_of_order', message: expect.stringContaining('2026-01') });
    expect(codeOf(await closePeriod('month', '2025-12'))).toBe('period_out_of_order');
    const closureId = newId();
    const january = await w.closeMonth('2026-01', closureId);
    const head = w.t.mark();
    expect(expectOk(await closePeriod('month', '2026-01', closureId))).toEqual({ closure: january, replayed: true });
    expect(codeOf(await closePeriod('month', '2026-01'))).toBe('period_already_closed');
    expect(codeOf(await closePeriod('year', '2026', closureId))).toBe('id_exists_with_different_content');
    expect(await w.t.mark()).toEqual(await head);
    const records = await w.t.db.tx.read((tx) => recordsOf(tx, closureId, ['closure.month']));
    expect(records).toHaveLength(1);
  });
});

describe('yearly closures', () => {
  it('closes a year after its December, summing every Z of its months; the next year starts after it', async () => {
    w.setNow('2026-11-10T02:00:00Z');
    await w.dayOfTrade(1_000);
    w.setNow('2026-12-10T02:00:00Z');
    await w.dayOfTrade(2_500);
    expect(await next('year')).toBeNull();
    expect(codeOf(await closePeriod('year', '2026'))).toBe('months_not_closed');
    w.setNow('2026-12-20T02:00:00Z');
    await w.closeMonth('2026-11');
    expect(await next('year')).toEqual({ period: '2026', ready: false, waitingFor: 'period_end' });
    expect(codeOf(await closePeriod('year', '2026'))).toBe('period_not_over');
    w.setNow('2027-01-01T01:00:00Z');
    expect(await next('year')).toEqual({ period: '2026', ready: false, waitingFor: 'months' });
    expect(codeOf(await closePeriod('year', '2026'))).toBe('months_not_closed');
    await w.dayOfTrade(700);
    await w.closeMonth('2026-12');
    const year = expectOk<{ closure: { number: number; afterZ: number; throughZ: number; currencies: unknown[] } }>(await closePeriod('year', '2026')).closure;
    expect(year).toMatchObject({ kind: 'year', number: 1, period: '2026', afterZ: 0, throughZ: 2 });
    expect(year.currencies[0]).toMatchObject({ zCount: 2, totals: { saleCount: 4, totalMinor: 3_500 }, grandTotals: { totalMinor: 3_500 } });
    expect(await next('year')).toEqual({ period: '2027', ready: false, waitingFor: 'period_end' });
    const list = expectOk<{ closures: { period: string }[]; more: number | null }>(await w.uc.closures({ kind: 'month', limit: 1 }));
    expect(list.closures.map((c) => c.period)).toEqual(['2026-12']);
    expect(list.more).toBe(2);
    expect(await w.t.app.useCases.verifyLedger()).toMatchObject({ ok: true });
  });
});

describe('closures over the contract', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('a manager closes a month of the host’s calendar; a cashier may list closures but not take one', async () => {
    t = await createTestApp();
    const { members } = await setupWithStaff(t, [{ staffCode: 'mgr1', secret: '135792', role: 'manager' }, { staffCode: 'cash1', secret: '975310', role: 'cashier' }]);
    const [manager, cashier] = members;
    if (!manager || !cashier) throw new Error('staff');
    t.clock.now = Date.parse('2026-05-15T12:00:00Z');
    await signInAs(t, cashier);
    const shiftId = newId();
    expectOk(await t.call('shifts.open', { shiftId, floatMinor: 0 }));
    expectOk(await t.call('shifts.close', { shiftId, countedCashMinor: 0, confirmUnsynced: true }));
    t.clock.now = Date.parse('2026-06-15T12:00:00Z');
    // A month idle locks the till: sign in again.
    await signInAs(t, cashier);
    const listed = expectOk<{ next: unknown }>(await t.call('shifts.closures', { kind: 'month' }));
    expect(listed.next).toEqual({ period: '2026-05', ready: true, waitingFor: null });
    const input = { kind: 'month', closureId: newId(), period: '2026-05' };
    expect(codeOf(await t.call('shifts.closePeriod', input) as Result<unknown>)).toBe('forbidden');
    await signInAs(t, manager);
    expect(codeOf(await t.call('shifts.closePeriod', { ...input, period: '2026-13' }))).toBe('invalid_input');
    expect(codeOf(await t.call('shifts.closePeriod', { ...input, kind: 'year' }))).toBe('invalid_input');
    const closed = expectOk<{ closure: { throughZ: number; closedBy: string } }>(await t.call('shifts.closePeriod', input));
    expect(closed.closure).toMatchObject({ throughZ: 1, closedBy: manager.id });
    expect(await t.app.useCases.verifyLedger()).toMatchObject({ ok: true });
  });
});
