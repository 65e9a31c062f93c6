import { describe, expect, it } from 'vitest';
import { HoldSafeClock } from './hold-safe-clock';

/** The crash child's clock: a slow machine must never see a hold expire before it is validated. */
describe('HoldSafeClock', () => {
  it('follows wall time while nothing is pinned, and never goes back', () => {
    let wall = 1_000;
    const clock = new HoldSafeClock(() => wall);
    expect(clock.nowMs()).toBe(1_000);
    wall = 1_250;
    expect(clock.nowMs()).toBe(1_250);
    wall = 900; // the wall clock stepped back (NTP): time does not
    expect(clock.nowMs()).toBe(1_250);
  });

  it('stays below a pinned expiry however much wall time passes, then catches up on release', () => {
    let wall = 5_000;
    const clock = new HoldSafeClock(() => wall);
    const expiry = clock.holdExpiry(20);
    expect(expiry).toBe(5_020);
    wall = 60_000; // a long stall before the ledger validates the hold
    expect(clock.nowMs()).toBe(5_019);
    expect(clock.nowMs()).toBeLessThan(expiry);
    clock.release(expiry);
    expect(clock.nowMs()).toBe(60_000);
  });

  it('counts equal expiries: one release keeps the other pin', () => {
    let wall = 100;
    const clock = new HoldSafeClock(() => wall);
    const a = clock.holdExpiry(50);
    const b = clock.holdExpiry(50);
    expect(a).toBe(b);
    wall = 1_000;
    clock.release(a);
    expect(clock.nowMs()).toBe(149);
    clock.release(b);
    expect(clock.nowMs()).toBe(1_000);
  });

  it('the earliest pinned expiry bounds time; a new expiry is always in the future', () => {
    let wall = 0;
    const clock = new HoldSafeClock(() => wall);
    const early = clock.holdExpiry(10);
    wall = 500;
    const late = clock.holdExpiry(0); // at least 1 ms ahead of the (held) time
    expect(late).toBe(10);
    expect(clock.nowMs()).toBe(9);
    clock.release(early);
    expect(clock.nowMs()).toBe(9);
    clock.release(late);
    expect(clock.nowMs()).toBe(500);
  });
});
