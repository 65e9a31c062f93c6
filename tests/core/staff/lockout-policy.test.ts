import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterFailure, DEFAULT_LOCKOUT, isLockedOut, LOCKOUT_MS_MAX, LOCKOUT_MS_MIN, MAX_FAILED_ATTEMPTS_LIMIT, stricterOnly, type AttemptState,
} from '../../../electron/main/core/staff/lockout-policy';
import { fcSeed } from '../../support/fc-seed';

const NOW = 1_767_225_600_000;

describe('stricterOnly (PCI DSS 8.3.4: ≤ 10 attempts, ≥ 30 min)', () => {
  it.each([
    [{}, DEFAULT_LOCKOUT],
    [{ maxFailedAttempts: 3 }, { maxFailedAttempts: 3, lockoutMs: LOCKOUT_MS_MIN }],
    [{ maxFailedAttempts: 50 }, { maxFailedAttempts: 10, lockoutMs: LOCKOUT_MS_MIN }],
    [{ maxFailedAttempts: 0 }, { maxFailedAttempts: 1, lockoutMs: LOCKOUT_MS_MIN }],
    [{ maxFailedAttempts: -7 }, { maxFailedAttempts: 1, lockoutMs: LOCKOUT_MS_MIN }],
    [{ maxFailedAttempts: 4.9 }, { maxFailedAttempts: 4, lockoutMs: LOCKOUT_MS_MIN }],
    [{ lockoutMs: 60_000 }, { maxFailedAttempts: 10, lockoutMs: LOCKOUT_MS_MIN }],
    [{ lockoutMs: 2 * LOCKOUT_MS_MIN }, { maxFailedAttempts: 10, lockoutMs: 2 * LOCKOUT_MS_MIN }],
    [{ maxFailedAttempts: Number.NaN, lockoutMs: Number.NaN }, DEFAULT_LOCKOUT],
    [{ maxFailedAttempts: Infinity, lockoutMs: Infinity }, DEFAULT_LOCKOUT],
    [{ maxFailedAttempts: -Infinity, lockoutMs: -Infinity }, DEFAULT_LOCKOUT],
    [{ lockoutMs: 2 ** 53 }, { maxFailedAttempts: 10, lockoutMs: LOCKOUT_MS_MAX }],
  ] as const)('%o → %o', (requested, expected) => {
    expect(stricterOnly(requested)).toEqual(expected);
  });

  it('property: an integer in 1..10 attempts, and 30 min ≤ lockoutMs ≤ LOCKOUT_MS_MAX (now + lockoutMs stays storable)', () => {
    fc.assert(
      fc.property(fc.record({ maxFailedAttempts: fc.double(), lockoutMs: fc.double() }, { requiredKeys: [] }), (requested) => {
        const policy = stricterOnly(requested);
        return Number.isInteger(policy.maxFailedAttempts) && policy.maxFailedAttempts >= 1 &&
          policy.maxFailedAttempts <= MAX_FAILED_ATTEMPTS_LIMIT && Number.isSafeInteger(policy.lockoutMs) && policy.lockoutMs >= LOCKOUT_MS_MIN &&
          policy.lockoutMs <= LOCKOUT_MS_MAX;
      }),
      { seed: fcSeed('stricterOnly'), numRuns: 2000 },
    );
  });
});

describe('afterFailure and isLockedOut', () => {
  const fresh: AttemptState = { failedAttempts: 0, lockedUntilMs: null };

  it('counts up, locks on the limit for lockoutMs, and restarts the count', () => {
    let state: AttemptState = fresh;
    for (let i = 1; i < 10; i += 1) {
      const next = afterFailure(state, DEFAULT_LOCKOUT, NOW);
      expect(next).toEqual({ failedAttempts: i, lockedUntilMs: null, lockedNow: false });
      state = next;
    }
    const locked = afterFailure(state, DEFAULT_LOCKOUT, NOW);
    expect(locked).toEqual({ failedAttempts: 0, lockedUntilMs: NOW + LOCKOUT_MS_MIN, lockedNow: true });
    expect(isLockedOut(locked, NOW)).toBe(true);
    expect(isLockedOut(locked, NOW + LOCKOUT_MS_MIN - 1)).toBe(true);
    expect(isLockedOut(locked, NOW + LOCKOUT_MS_MIN)).toBe(false);
  });

  it('a past lock is kept as history but does not lock; the next failure counts from 1', () => {
    const past: AttemptState = { failedAttempts: 0, lockedUntilMs: NOW - 1 };
    expect(isLockedOut(past, NOW)).toBe(false);
    expect(afterFailure(past, DEFAULT_LOCKOUT, NOW)).toEqual({ failedAttempts: 1, lockedUntilMs: NOW - 1, lockedNow: false });
  });

  it('maxFailedAttempts 1 locks on the first failure', () => {
    expect(afterFailure(fresh, stricterOnly({ maxFailedAttempts: 1 }), NOW).lockedNow).toBe(true);
  });

  it('property: with any policy, n failures in a row lock exactly at the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 60 }), (requested) => {
        const policy = stricterOnly({ maxFailedAttempts: requested });
        let state: AttemptState = fresh;
        for (let i = 1; i <= policy.maxFailedAttempts; i += 1) {
          const next = afterFailure(state, policy, NOW);
          if (next.lockedNow !== (i === policy.maxFailedAttempts)) return false;
          state = next;
        }
        return isLockedOut(state, NOW);
      }),
      { seed: fcSeed('afterFailure'), numRuns: 200 },
    );
  });
});
