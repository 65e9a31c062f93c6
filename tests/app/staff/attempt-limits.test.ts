import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { denialAudit } from '../../../electron/main/app/audit/denial-audit';
import { checkSecret, type CheckSecretPorts } from '../../../electron/main/app/staff/check-secret';
import { codeDigest } from '../../../electron/main/app/staff/code-digest';
import { hashingSlots } from '../../../electron/main/app/staff/hashing-slots';
import { AttemptBuckets } from '../../../electron/main/core/staff/attempt-bucket';
import { DEFAULT_LOCKOUT } from '../../../electron/main/core/staff/lockout-policy';
import type { Database } from '../../../electron/main/db/connection';
import type { StaffSecretHasher } from '../../../electron/main/db/staff-secret';
import { createTestApp, type TestApp } from '../../support/test-app';
import { FixedClock, openTestLedger } from '../../support/test-db';

describe('attempt buckets (per origin)', () => {
  it('a burst of 20, then one token back every 3 s; origins do not share', () => {
    const clock = new FixedClock();
    const buckets = new AttemptBuckets(clock, { burst: 20, refillMs: 3000, maxOrigins: 8 });
    const taken = Array.from({ length: 25 }, () => buckets.take('http'));
    expect(taken.filter(Boolean)).toHaveLength(20);
    expect(taken.slice(20)).toEqual([false, false, false, false, false]);
    expect(buckets.take('ipc')).toBe(true);
    clock.advance(2999);
    expect(buckets.take('http')).toBe(false);
    clock.advance(1);
    expect(buckets.take('http')).toBe(true);
    expect(buckets.take('http')).toBe(false);
    clock.advance(10 * 60_000);
    expect(Array.from({ length: 21 }, () => buckets.take('http')).filter(Boolean)).toHaveLength(20);
  });

  it('holds at most maxOrigins buckets (the least recently used is forgotten)', () => {
    const clock = new FixedClock();
    const buckets = new AttemptBuckets(clock, { burst: 1, refillMs: 60_000, maxOrigins: 2 });
    expect([buckets.take('a'), buckets.take('a')]).toEqual([true, false]);
    buckets.take('b');
    buckets.take('c'); // forgets 'a'
    expect(buckets.take('a')).toBe(true);
  });
});

describe('hashing slots', () => {
  it('never run more jobs at once than slots, in arrival order', async () => {
    const slots = hashingSlots(1);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(Array.from({ length: 6 }, (_, i) => slots(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      order.push(i);
      running -= 1;
    })));
    expect(most).toBe(1);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('a refused attempt costs no scrypt', () => {
  let db: Database | undefined;
  afterEach(async () => db?.close());

  it('past the bucket: rate_limited, the hasher is not called, the staff lookup not made', async () => {
    const ledger = await openTestLedger(); // a journal with its genesis, for the audit rows
    db = ledger.db;
    const clock = ledger.clock;
    const calls = { hash: 0, matches: 0, find: 0 };
    const hasher = {
      hash: async () => { calls.hash += 1; return { salt: new Uint8Array(16), hash: new Uint8Array(32), params: 'scrypt:1024:8:1' }; },
      matches: async () => { calls.matches += 1; return false; },
    } as unknown as StaffSecretHasher;
    const denied: string[] = [];
    const ports: CheckSecretPorts = {
      db, mac: ledger.mac, clock, hasher, lockout: DEFAULT_LOCKOUT,
      codeDigest: codeDigest(randomBytes(32)),
      attempts: new AttemptBuckets(clock, { burst: 2, refillMs: 3000, maxOrigins: 4 }),
      hashing: hashingSlots(),
      denials: denialAudit({ audit: async (event) => { denied.push(event.kind); }, clock, log: { error: () => undefined } }),
    };
    const check = checkSecret(ports);
    const attempt = () => check({
      find: async () => { calls.find += 1; return undefined; }, typedCode: 'ghost', secret: '000000', origin: 'http', purpose: { kind: 'signIn' },
    });
    expect((await attempt()).ok).toBe(false);
    expect((await attempt()).ok).toBe(false);
    expect(calls).toEqual({ hash: 2, matches: 0, find: 2 });
    for (let i = 0; i < 5; i += 1) expect(await attempt()).toEqual({ ok: false, reason: 'rate_limited' });
    expect(calls).toEqual({ hash: 2, matches: 0, find: 2 });
    expect(denied).toEqual(['audit.accessDenied']); // the first refusal; the rest are counted
  });
});

describe('through the real dispatch', () => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('sign-ins past the bucket are rate_limited, unknown codes included; a refill lets one through', async () => {
    t = await createTestApp();
    const replies = [];
    for (let i = 0; i < 25; i += 1) replies.push(await t.call('staff.signIn', { staffCode: `ghost${i}`, secret: '000000' }, 'http'));
    const codes = replies.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.slice(0, 20)).toEqual(Array<string>(20).fill('bad_credentials'));
    expect(codes.slice(20)).toEqual(Array<string>(5).fill('rate_limited'));
    // The Electron window's own origin has its own bucket.
    expect(await t.call('staff.signIn', { staffCode: 'ghost', secret: '000000' }, 'ipc')).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    t.clock.advance(3000);
    expect(await t.call('staff.signIn', { staffCode: 'ghost', secret: '000000' }, 'http')).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(await t.call('staff.signIn', { staffCode: 'ghost', secret: '000000' }, 'http')).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });
});
