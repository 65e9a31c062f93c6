import { describe, expect, it } from 'vitest';
import { IDLE_LOCK_MS_MAX, StaffSession, type LockReason, type SessionStaff } from '../../../electron/main/core/staff/session';
import { FixedClock } from '../../support/test-db';

const ALICE: SessionStaff = { staffId: '01890000-0000-7000-8000-00000000000a', role: 'cashier', displayName: 'Alice' };
const BOB: SessionStaff = { staffId: '01890000-0000-7000-8000-00000000000b', role: 'manager', displayName: 'Bob' };
const MIN = 60_000;

function make(idleMs = 15 * MIN) {
  const clock = new FixedClock();
  const locks: LockReason[] = [];
  const session = new StaffSession(clock, idleMs, (reason) => locks.push(reason));
  return { clock, locks, session };
}

describe('StaffSession', () => {
  it('starts signed out; sign-in makes it active with the staff member', () => {
    const { session, locks } = make();
    expect(session.state()).toBe('signedOut');
    expect(session.activeStaff()).toBeNull();
    session.signIn(ALICE);
    expect(session.state()).toBe('active');
    expect(session.activeStaff()).toEqual(ALICE);
    expect(locks).toEqual([]);
  });

  it('locks when idle for exactly idleMs, not a millisecond before; keeps the holder', () => {
    const { session, clock, locks } = make(15 * MIN);
    session.signIn(ALICE);
    clock.advance(15 * MIN - 1);
    expect(session.state()).toBe('active');
    clock.advance(1);
    expect(session.state()).toBe('locked');
    expect(session.activeStaff()).toBeNull();
    expect(session.holder()).toEqual(ALICE);
    expect(locks).toEqual(['idle']);
    session.state();
    expect(locks).toEqual(['idle']);
  });

  it('touch() restarts the idle count; lockIfIdle() (the timer) locks without a call', () => {
    const { session, clock, locks } = make(5 * MIN);
    session.signIn(ALICE);
    clock.advance(4 * MIN);
    session.touch();
    clock.advance(4 * MIN);
    session.lockIfIdle();
    expect(locks).toEqual([]);
    clock.advance(MIN);
    session.lockIfIdle();
    expect(locks).toEqual(['idle']);
  });

  it('touch() on a locked session does not revive it', () => {
    const { session, clock } = make(MIN);
    session.signIn(ALICE);
    clock.advance(MIN);
    session.touch();
    expect(session.state()).toBe('locked');
  });

  it('unlock() resumes the same holder and restarts the idle count', () => {
    const { session, clock } = make(MIN);
    session.signIn(ALICE);
    session.lock('manual');
    clock.advance(10 * MIN);
    session.unlock();
    expect(session.state()).toBe('active');
    expect(session.activeStaff()).toEqual(ALICE);
    clock.advance(MIN - 1);
    expect(session.state()).toBe('active');
  });

  it('manual lock reports "manual" once; lock() signed out does nothing', () => {
    const { session, locks } = make();
    session.lock('manual');
    expect(locks).toEqual([]);
    session.signIn(ALICE);
    session.lock('manual');
    session.lock('manual');
    expect(locks).toEqual(['manual']);
  });

  it('sign out clears the holder and reports "signOut" only when someone was signed in', () => {
    const { session, locks } = make();
    session.signOut();
    expect(locks).toEqual([]);
    session.signIn(ALICE);
    session.lock('manual');
    session.signOut();
    expect(session.state()).toBe('signedOut');
    expect(session.holder()).toBeNull();
    expect(locks).toEqual(['manual', 'signOut']);
  });

  it('a new sign-in replaces the holder and unlocks', () => {
    const { session } = make();
    session.signIn(ALICE);
    session.lock('manual');
    session.signIn(BOB);
    expect(session.state()).toBe('active');
    expect(session.activeStaff()).toEqual(BOB);
  });

  it.each([
    [60 * MIN, IDLE_LOCK_MS_MAX],
    [Infinity, IDLE_LOCK_MS_MAX],
    [Number.NaN, IDLE_LOCK_MS_MAX],
    [0, MIN],
    [-5, MIN],
    [5 * MIN, 5 * MIN],
  ])('idle lock %d ms is clamped to %d (constructor and setIdleLockMs)', (requested, expected) => {
    const { session } = make(requested);
    expect(session.idleMs()).toBe(expected);
    const other = make();
    other.session.setIdleLockMs(requested);
    expect(other.session.idleMs()).toBe(expected);
  });

  it('with a NaN idle setting the session still locks after 15 minutes', () => {
    const { session, clock } = make(Number.NaN);
    session.signIn(ALICE);
    clock.advance(IDLE_LOCK_MS_MAX);
    expect(session.state()).toBe('locked');
  });

  it('shortening the idle lock applies to the running session', () => {
    const { session, clock } = make();
    session.signIn(ALICE);
    clock.advance(2 * MIN);
    session.setIdleLockMs(MIN);
    expect(session.state()).toBe('locked');
  });
});
