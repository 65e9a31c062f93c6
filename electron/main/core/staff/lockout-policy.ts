/**
 * PCI DSS 8.3.4: lock after at most 10 failed attempts, for at least 30 minutes. A merchant may
 * configure stricter values only; looser ones are clamped back.
 */
export type LockoutPolicy = { readonly maxFailedAttempts: number; readonly lockoutMs: number };

export const MAX_FAILED_ATTEMPTS_LIMIT = 10;
export const LOCKOUT_MS_MIN = 30 * 60 * 1000;
/** Longer than any sane setting; keeps now + lockoutMs a safe integer the database will store. */
export const LOCKOUT_MS_MAX = 366 * 24 * 60 * 60 * 1000;
export const DEFAULT_LOCKOUT: LockoutPolicy = {
  maxFailedAttempts: MAX_FAILED_ATTEMPTS_LIMIT,
  lockoutMs: LOCKOUT_MS_MIN,
};

export function stricterOnly(requested: Partial<LockoutPolicy>): LockoutPolicy {
  // NaN would disable the lockout (`n >= NaN` is never true) and Infinity cannot be stored.
  const finite = (value: number | undefined, fallback: number) => (value !== undefined && Number.isFinite(value) ? value : fallback);
  const attempts = finite(requested.maxFailedAttempts, MAX_FAILED_ATTEMPTS_LIMIT);
  const lockout = finite(requested.lockoutMs, LOCKOUT_MS_MIN);
  return {
    maxFailedAttempts: Math.max(1, Math.min(MAX_FAILED_ATTEMPTS_LIMIT, Math.trunc(attempts))),
    lockoutMs: Math.min(LOCKOUT_MS_MAX, Math.max(LOCKOUT_MS_MIN, Math.trunc(lockout))),
  };
}

export type AttemptState = { readonly failedAttempts: number; readonly lockedUntilMs: number | null };

export function isLockedOut(state: AttemptState, nowMs: number): boolean {
  return state.lockedUntilMs !== null && nowMs < state.lockedUntilMs;
}

/** The state after one more failure; reaching the limit locks and restarts the count. */
export function afterFailure(state: AttemptState, policy: LockoutPolicy, nowMs: number): AttemptState & { lockedNow: boolean } {
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts >= policy.maxFailedAttempts) {
    return { failedAttempts: 0, lockedUntilMs: nowMs + policy.lockoutMs, lockedNow: true };
  }
  return { failedAttempts, lockedUntilMs: state.lockedUntilMs, lockedNow: false };
}
