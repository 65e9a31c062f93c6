import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../shared/domain/audit-kinds';
import { denialAudit, DENIAL_WINDOW_MS, type Denial, type Scheduler } from '../../../electron/main/app/audit/denial-audit';
import { createTestApp, type TestApp } from '../../support/test-app';
import { FixedClock } from '../../support/test-db';

/** A scheduler the test runs by hand: `due()` fires every timer whose time has come. */
function manualScheduler(clock: FixedClock) {
  const timers: { atMs: number; run: () => void; cancelled: boolean }[] = [];
  const schedule: Scheduler = (run, ms) => {
    const timer = { atMs: clock.nowMs() + ms, run, cancelled: false };
    timers.push(timer);
    return { cancel: () => { timer.cancelled = true; } };
  };
  const due = () => {
    for (const timer of timers.splice(0)) {
      if (timer.cancelled) continue;
      if (timer.atMs <= clock.nowMs()) timer.run();
      else timers.push(timer);
    }
  };
  return { schedule, due, pending: () => timers.filter((t) => !t.cancelled).length };
}

function harness() {
  const clock = new FixedClock();
  const written: AuditEvent[] = [];
  const timers = manualScheduler(clock);
  const denials = denialAudit({
    audit: async (event) => { written.push(event); },
    clock, schedule: timers.schedule, log: { error: () => undefined },
  });
  return { clock, written, timers, denials };
}

const SIGNED_OUT: Denial = { method: 'staff.list', code: 'unauthenticated', staffId: null, origin: 'http' };
const detailOf = (event: AuditEvent | undefined) => event?.detail as Record<string, unknown> | undefined;

describe('refused calls are coalesced per kind and window', () => {
  it('the first is written at once; the rest are counted and written as one row when the window ends', async () => {
    const { clock, written, timers, denials } = harness();
    await denials.record(SIGNED_OUT);
    expect(written).toHaveLength(1);
    expect(detailOf(written[0])).toEqual({ method: 'staff.list', code: 'unauthenticated', reason: null });
    const firstRepeatMs = clock.nowMs() + 10;
    clock.advance(10);
    for (let i = 0; i < 499; i += 1) await denials.record(SIGNED_OUT);
    expect(written).toHaveLength(1);
    clock.advance(DENIAL_WINDOW_MS - 11);
    timers.due();
    expect(written).toHaveLength(1); // not yet: the window is one minute
    clock.advance(1);
    timers.due();
    await denials.flush();
    expect(written).toHaveLength(2);
    expect(written[1]).toMatchObject({ kind: 'audit.accessDenied', staffId: null, origin: 'http' });
    expect(detailOf(written[1])).toEqual({ method: 'staff.list', code: 'unauthenticated', reason: null, repeated: 499, sinceMs: firstRepeatMs });
  });

  it('a steady flood costs one row per window; a quiet window closes, and the next refusal is written at once', async () => {
    const { clock, written, timers, denials } = harness();
    await denials.record(SIGNED_OUT);
    for (let minute = 0; minute < 5; minute += 1) {
      for (let i = 0; i < 100; i += 1) await denials.record(SIGNED_OUT);
      clock.advance(DENIAL_WINDOW_MS);
      timers.due();
    }
    await denials.flush();
    expect(written.map((e) => detailOf(e)?.['repeated'] ?? 1)).toEqual([1, 100, 100, 100, 100, 100]);
    clock.advance(DENIAL_WINDOW_MS);
    timers.due(); // a window that counted nothing ends without a row
    expect(timers.pending()).toBe(0);
    expect(written).toHaveLength(6);
    await denials.record(SIGNED_OUT);
    expect(written).toHaveLength(7);
  });

  it('kinds are kept apart: method, code, staff member and origin', async () => {
    const { written, denials } = harness();
    const kinds: Denial[] = [
      SIGNED_OUT,
      { ...SIGNED_OUT, method: 'ledger.health' },
      { ...SIGNED_OUT, code: 'session_locked', staffId: '01890000-0000-7000-8000-000000000001' },
      { ...SIGNED_OUT, origin: 'ipc' },
      { ...SIGNED_OUT, code: 'rate_limited', method: 'staff.signIn' },
    ];
    for (let round = 0; round < 3; round += 1) for (const denial of kinds) await denials.record(denial);
    expect(written).toHaveLength(kinds.length);
    await denials.flush();
    expect(written).toHaveLength(kinds.length * 2);
    expect(written.slice(kinds.length).map((e) => detailOf(e)?.['repeated'])).toEqual(Array<number>(kinds.length).fill(2));
  });

  it('nothing is lost: flush (on close) writes every pending count and cancels the timers', async () => {
    const { written, timers, denials } = harness();
    await denials.record(SIGNED_OUT);
    await denials.record(SIGNED_OUT);
    await denials.flush();
    expect(written.map((e) => detailOf(e)?.['repeated'] ?? 1)).toEqual([1, 1]);
    expect(timers.pending()).toBe(0);
    await denials.flush();
    expect(written).toHaveLength(2);
  });
});

describe('through the real dispatch', () => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('500 refused signed-out calls write 2 journal rows, not 500, and together they count 500', async () => {
    t = await createTestApp();
    const before = await t.mark();
    const replies = await Promise.all(Array.from({ length: 500 }, () => t?.call('staff.list', {}, 'http')));
    expect(replies.every((r) => r?.ok === false && r.error.code === 'unauthenticated')).toBe(true);
    await t.app.useCases.denials.flush();
    const rows = await t.db.tx.read((tx) => tx.all('SELECT detail FROM audit WHERE seq > ? ORDER BY seq', [before.headSeq]));
    expect(rows).toHaveLength(2);
    const details = rows.map((r) => JSON.parse(String(r['detail'])) as { repeated?: number });
    expect(details.reduce((sum, d) => sum + (d.repeated ?? 1), 0)).toBe(500);
  });
});
