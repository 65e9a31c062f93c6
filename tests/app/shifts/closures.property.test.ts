import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import type { ClosureView } from '../../../shared/ipc/contract/shifts-closures';
import type { ZReportView } from '../../../shared/ipc/contract/shifts-schemas';
import { nextPeriodKey, periodKeyOf } from '../../../electron/main/core/shifts/period-closure';
import { fcSeed } from '../../support/fc-seed';
import { expectOk } from '../../support/test-app';
import { closureWorld, type ClosureWorld } from './closure-world';

/**
 * Monthly and yearly closures under random trading, clock jumps (some backwards, as a clock set
 * back) and close attempts (the next period, a wrong one, a retry): the months follow on without
 * a gap, cover every Z once and in order, each takes only Zs of its month or before, sums them
 * exactly and carries the grand totals; a year covers its months; verify agrees. Seed printed.
 */
type Step =
  | { kind: 'trade'; totalMinor: number }
  | { kind: 'jump'; minutes: number }
  | { kind: 'close'; what: 'month' | 'year'; aim: 'next' | 'wrong' | 'retry' | 'catchUp' };

const HOUR_MIN = 60;
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('trade' as const), totalMinor: fc.integer({ min: -2_000, max: 500_000 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('jump' as const), minutes: fc.integer({ min: -72 * HOUR_MIN, max: 45 * 24 * HOUR_MIN }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('close' as const), what: fc.constantFrom('month' as const, 'month' as const, 'year' as const), aim: fc.constantFrom('next' as const, 'next' as const, 'wrong' as const, 'retry' as const, 'catchUp' as const) }), weight: 4 },
);
const zones = fc.constantFrom('UTC', 'Asia/Shanghai', 'America/New_York', 'Europe/Paris', 'Pacific/Kiritimati');

/** What the runs did, printed at the end: a property that never closed anything would prove nothing. */
const tally = { months: 0, years: 0, refused: 0, retries: 0, zs: 0 };

async function nextOf(w: ClosureWorld, kind: 'month' | 'year') {
  return expectOk<{ next: { period: string; ready: boolean } | null }>(await w.uc.closures({ kind })).next;
}

async function runSteps(w: ClosureWorld, steps: readonly Step[]): Promise<void> {
  let last: { input: { kind: 'month' | 'year'; closureId: string; period: string }; closure: ClosureView } | null = null;
  for (const s of steps) {
    if (s.kind === 'trade') {
      await w.dayOfTrade(s.totalMinor);
      tally.zs += 1;
    }
    else if (s.kind === 'jump') w.t.clock.advance(s.minutes * 60_000);
    else if (s.aim === 'retry') {
      if (last === null) continue;
      expect(expectOk(await w.uc.closePeriod(last.input as never, w.owner))).toEqual({ closure: last.closure, replayed: true });
      tally.retries += 1;
    } else if (s.aim === 'catchUp') {
      // An operator catching up: every month that is over, in order, then the years whose December is closed.
      for (const what of ['month', 'year'] as const) {
        for (let next = await nextOf(w, what); next?.ready === true; next = await nextOf(w, what)) {
          const input = { kind: what, closureId: newId(), period: next.period };
          last = { input, closure: expectOk<{ closure: ClosureView }>(await w.uc.closePeriod(input as never, w.owner)).closure };
          tally[what === 'month' ? 'months' : 'years'] += 1;
        }
      }
    } else {
      const { next } = expectOk<{ next: { period: string; ready: boolean; waitingFor: string | null } | null }>(await w.uc.closures({ kind: s.what }));
      if (next === null) continue;
      const period = s.aim === 'wrong' ? nextPeriodKey(s.what, next.period) : next.period;
      const input = { kind: s.what, closureId: newId(), period };
      const r = await w.uc.closePeriod(input as never, w.owner);
      const code = r.ok ? 'ok' : r.error.code;
      if (s.aim === 'wrong') expect(code).toBe('period_out_of_order');
      else if (next.waitingFor === 'period_end') expect(code).toBe('period_not_over');
      else if (next.waitingFor === 'months') expect(code).toBe('months_not_closed');
      else {
        last = { input, closure: expectOk<{ closure: ClosureView }>(r).closure };
        tally[s.what === 'month' ? 'months' : 'years'] += 1;
      }
      if (!r.ok) tally.refused += 1;
    }
  }
}

async function allClosures(w: ClosureWorld, kind: 'month' | 'year'): Promise<ClosureView[]> {
  return expectOk<{ closures: ClosureView[] }>(await w.uc.closures({ kind, limit: 50 })).closures.reverse();
}

async function checkInvariants(w: ClosureWorld, zone: string): Promise<void> {
  const months = await allClosures(w, 'month');
  const zs = new Map<number, ZReportView>();
  const z = async (n: number) => {
    let view = zs.get(n);
    if (!view) {
      view = expectOk<ZReportView>(await w.uc.zReport({ zNumber: n }));
      zs.set(n, view);
    }
    return view;
  };
  let afterZ = 0;
  for (const [i, m] of months.entries()) {
    expect(m.number).toBe(i + 1);
    if (i > 0) expect(m.period).toBe(nextPeriodKey('month', (months[i - 1] as ClosureView).period));
    expect(m.afterZ).toBe(afterZ);
    let total = 0;
    for (let n = m.afterZ + 1; n <= m.throughZ; n += 1) {
      const zn = await z(n);
      expect(periodKeyOf('month', zn.closedAtMs, zone) <= m.period).toBe(true);
      expect(zn.seq).toBeLessThan(m.seq);
      total += zn.period.totalMinor;
    }
    expect(m.currencies.reduce((s, c) => s + c.totals.totalMinor, 0)).toBe(total);
    if (m.throughZ > 0) expect(m.currencies[0]?.grandTotals).toEqual((await z(m.throughZ)).grandTotals);
    afterZ = m.throughZ;
  }
  for (const [i, y] of (await allClosures(w, 'year')).entries()) {
    expect(y.number).toBe(i + 1);
    expect(months.find((m) => m.period === `${y.period}-12`)?.throughZ).toBe(y.throughZ);
  }
  const report = await w.t.app.useCases.verifyLedger();
  expect(report.problems).toEqual([]);
}

describe('monthly and yearly closures, property', () => {
  it('follow on without gaps, cover every Z once, sum them exactly, and verify, under random trading and clock jumps', async () => {
    await fc.assert(
      fc.asyncProperty(zones, fc.array(step, { minLength: 5, maxLength: 60 }), async (zone, steps) => {
        const w = await closureWorld(zone);
        try {
          w.setNow('2026-11-20T10:00:00Z');
          await runSteps(w, steps);
          await checkInvariants(w, zone);
        } finally {
          await w.t.close();
        }
      }),
      { seed: fcSeed('closures property'), numRuns: 100 },
    );
    console.log(`closures property: ${tally.zs} Zs, ${tally.months} months and ${tally.years} years closed, ${tally.refused} refused, ${tally.retries} retries answered`);
    expect(tally.months).toBeGreaterThan(0);
    expect(tally.years).toBeGreaterThan(0);
  }, 600_000);
});
