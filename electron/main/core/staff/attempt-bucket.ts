import type { Clock } from '../ports';

/**
 * How many secret checks (sign-in, unlock, approval) one origin may start: a token bucket of
 * `burst` tokens, one back every `refillMs`. A till's staff never type 20 secrets in a minute; a
 * script flooding unknown codes would otherwise keep scrypt busy and the till stalled.
 */
export type AttemptLimits = { readonly burst: number; readonly refillMs: number; readonly maxOrigins: number };

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = { burst: 20, refillMs: 3000, maxOrigins: 64 };

type Bucket = { tokens: number; atMs: number };

/** Per-origin buckets, at most `maxOrigins` of them (the least recently used is forgotten). */
export class AttemptBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly clock: Clock, private readonly limits: AttemptLimits = DEFAULT_ATTEMPT_LIMITS) {}

  /** Takes one token for `origin`; false when its bucket is empty (the attempt is refused). */
  take(origin: string): boolean {
    const nowMs = this.clock.nowMs();
    const bucket = this.refilled(this.buckets.get(origin), nowMs);
    // Re-inserted on every use, so the Map's first key is the least recently used one.
    this.buckets.delete(origin);
    if (this.buckets.size >= this.limits.maxOrigins) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
    const allowed = bucket.tokens >= 1;
    this.buckets.set(origin, { tokens: allowed ? bucket.tokens - 1 : bucket.tokens, atMs: bucket.atMs });
    return allowed;
  }

  private refilled(bucket: Bucket | undefined, nowMs: number): Bucket {
    if (!bucket) return { tokens: this.limits.burst, atMs: nowMs };
    // A clock that steps back refills nothing; whole tokens only, the remainder keeps its time.
    const earned = Math.max(0, Math.floor((nowMs - bucket.atMs) / this.limits.refillMs));
    if (earned === 0) return bucket;
    const tokens = Math.min(this.limits.burst, bucket.tokens + earned);
    return { tokens, atMs: tokens === this.limits.burst ? nowMs : bucket.atMs + earned * this.limits.refillMs };
  }
}
