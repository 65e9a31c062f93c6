import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodKey } from '../../shared/ipc/contract';
import { declaredErrors } from '../../shared/ipc/method';
import { ERROR_CODES, type ErrorCode } from '../../shared/domain/errors';
import { AMOUNT_MINOR_MAX } from '../../shared/ipc/limits';
import { amountMinor, amountMinorOrZero } from '../../shared/ipc/schemas';
import { z } from '../../shared/ipc/zod';
import type { SessionStaff } from '../../electron/main/core/staff/session';
import { payloadShapeProblem } from '../../electron/main/ipc/payload-shape';
import { fcSeed } from '../support/fc-seed';
import { createTestApp, setupWithStaff, type TestApp, type WriteMark } from '../support/test-app';
import { inputFor, transported } from './fuzz-inputs';
import { isPlainObject } from './json-paths';
import { CASHIER, MANAGER, validInputs, type ValidInputs } from './samples';

/**
 * IPC input fuzz (docs/security.md §3): every contract method gets IPC_FUZZ_RUNS generated inputs
 * through the real dispatch of a real app. Bars: nothing throws, every reply is a typed Result,
 * input the schema refuses is `invalid_input` and writes nothing (no row, no journal entry, no
 * settings write, no event), nothing ends as `internal`, and every error code is one the method
 * declares (shared/ipc/method.ts: declaredErrors). Timings are `npm run bench` B5's, not bars here.
 */
const RUNS = Number(process.env['IPC_FUZZ_RUNS'] ?? 1000);
const SEED = fcSeed('ipc fuzz');
const KEYS = Object.keys(contract) as MethodKey[];
const CODES = new Set<string>(ERROR_CODES);
/** Handlers that check more than the schema can (PIN vs password, a taken staff code). */
// anchor.acceptRollback: on a healthy ledger there is nothing to accept (the recovery dispatch acts on it).
const HANDLER_INVALID_INPUT = new Set<MethodKey>(['staff.create', 'setup.complete', 'anchor.acceptRollback']);

/** Who is at the terminal: the owner (most runs), nobody, or the owner's session idle-locked. */
type Share = 'owner' | 'signedOut' | 'locked';
const SHARE = fc.constantFrom<Share>('owner', 'owner', 'owner', 'owner', 'owner', 'signedOut', 'signedOut', 'locked');

type Stats = { runs: number; invalid: number; valid: number; signedOut: number; locked: number; codes: Map<string, number> };

describe('IPC fuzz through the real dispatch', () => {
  let t: TestApp;
  let samples: ValidInputs;
  let owner: SessionStaff;
  const stats = new Map<MethodKey, Stats>();
  const stray: unknown[] = [];
  const onStray = (error: unknown) => stray.push(error);

  beforeAll(async () => {
    process.on('unhandledRejection', onStray);
    process.on('uncaughtException', onStray);
    t = await createTestApp();
    const { members } = await setupWithStaff(t, [
      { ...MANAGER, role: 'manager' },
      { ...CASHIER, role: 'cashier' },
    ]);
    samples = validInputs({ cashierId: members[1]?.id ?? '' });
    const holder = t.app.useCases.session.holder();
    if (!holder) throw new Error('owner not signed in');
    owner = holder;
  });

  afterAll(async () => {
    process.off('unhandledRejection', onStray);
    process.off('uncaughtException', onStray);
    const rows = [...stats].map(([key, s]) => ({
      key,
      runs: s.runs,
      invalid: s.invalid,
      valid: s.valid,
      signedOut: s.signedOut,
      locked: s.locked,
      codes: [...s.codes].map(([c, n]) => `${c}:${n}`).join(' '),
    }));
    console.log(`ipc fuzz seed=${SEED} runs per method=${RUNS}`);
    console.table(rows);
    await t?.close();
  });

  it.each(KEYS.map((key, i) => [key, i] as const))('%s: every reply typed, invalid input refused with nothing written', async (key, index) => {
    const spec = contract[key];
    const s: Stats = { runs: 0, invalid: 0, valid: 0, signedOut: 0, locked: 0, codes: new Map() };
    const declared = declaredErrors(spec);
    stats.set(key, s);
    t.errors.length = 0; // an earlier method's failure is reported there, not again here
    const session = t.app.useCases.session;
    let lastMark: WriteMark | undefined;
    const runOne = async (input: unknown, share: Share, http: boolean): Promise<void> => {
      const sent = transported(input, http);
      if (!sent) return;
      const signedOut = share === 'signedOut';
      if (signedOut) session.signOut();
      else if (session.state() !== 'active' || session.holder()?.staffId !== owner.staffId) session.signIn(owner);
      if (share === 'locked') session.lock('manual');
      const eventsBefore = t.received.length;
      // Nothing else writes between calls, so after an invalid call its "after" mark is the next "before".
      const before = lastMark ?? (await t.mark());
      lastMark = undefined;
      const valid = payloadShapeProblem(sent.payload) === undefined && spec.input.safeParse(sent.payload).success;
      let reply: unknown;
      try {
        reply = await t.app.dispatch(key, sent.payload, sent.transport);
      } catch (error) {
        throw new Error(`dispatch threw: ${String(error)}`);
      }
      s.runs += 1;
      if (signedOut) s.signedOut += 1;
      if (share === 'locked') s.locked += 1;
      expect(isPlainObject(reply)).toBe(true);
      const r = reply as { ok: unknown; error?: { code?: unknown; message?: unknown } };
      expect(typeof r.ok).toBe('boolean');
      const code = r.ok === true ? 'ok' : String(r.error?.code);
      s.codes.set(code, (s.codes.get(code) ?? 0) + 1);
      if (r.ok === false) {
        expect(CODES.has(code), `unknown code ${code}`).toBe(true);
        expect(declared.has(code as ErrorCode), `${key} returned ${code}, which it does not declare`).toBe(true);
        expect(typeof r.error?.message).toBe('string');
        expect((r.error?.message as string).length).toBeLessThanOrEqual(1000);
      }
      expect(code).not.toBe('internal');
      expect(t.errors).toEqual([]);
      if (!valid) {
        s.invalid += 1;
        expect(code, 'schema refused it, dispatch must too').toBe('invalid_input');
        lastMark = await t.mark();
        expect(lastMark, 'invalid input wrote something').toEqual(before);
        expect(t.received.length, 'invalid input emitted an event').toBe(eventsBefore);
        return;
      }
      s.valid += 1;
      // A refused call opens a coalescing window whose timer would write its count later, in the
      // middle of another call; closing it now keeps "nothing else writes between calls" true.
      await t.app.useCases.denials.flush();
      if (signedOut && spec.access !== 'public') expect(code).toBe('unauthenticated' satisfies ErrorCode);
      if (share === 'locked' && spec.access !== 'public') expect(code).toBe('session_locked' satisfies ErrorCode);
      if (code === 'invalid_input') expect(HANDLER_INVALID_INPUT.has(key), `${key}: valid input refused as invalid_input`).toBe(true);
    };
    // Every valid sample first, so each method is seen succeeding (or failing by domain) at least once.
    for (const sample of samples[key]) await runOne(sample, 'owner', false);
    await fc.assert(
      fc.asyncProperty(inputFor(samples[key]), SHARE, fc.boolean(), async (input, share, http) => runOne(input, share, http)),
      { numRuns: RUNS, seed: SEED + index, endOnFailure: true },
    );
    // One method's stray error must not fail the next ones too: take them out as they are reported.
    expect(stray.splice(0).map(String)).toEqual([]);
    expect(s.runs).toBeGreaterThanOrEqual(RUNS * 0.99);
    expect(s.invalid).toBeGreaterThan(0);
    expect(s.valid).toBeGreaterThan(0);
  }, Math.max(60_000, RUNS * 60));
});

describe('the positive-amount table (security.md §2)', () => {
  const REFUSED: [string, unknown][] = [
    ['19.99', 19.99], ['-5', -5], ['-0', -0], ['0', 0], ['NaN', Number.NaN], ['Infinity', Infinity], ['-Infinity', -Infinity],
    ['1e400', Number('1e400')], ['2**53 + 2', 2 ** 53 + 2], ['AMOUNT_MINOR_MAX + 1', AMOUNT_MINOR_MAX + 1],
    ['"1999"', '1999'], ['1999n', 1999n], ['null', null], ['{}', {}], ['undefined', undefined], ['[1999]', [1999]],
    ['Number(1999)', new Number(1999)],
  ];
  const input = z.strictObject({ amountMinor });
  /** What dispatch does before a handler: the bounded walk, then the strict schema. */
  const accepts = (payload: unknown) => payloadShapeProblem(payload) === undefined && input.safeParse(payload).success;

  it.each(REFUSED)('amountMinor refuses %s', (_label, v) => {
    expect(amountMinor.safeParse(v).success).toBe(false);
    expect(accepts({ amountMinor: v })).toBe(false);
    expect(accepts(structuredClone({ amountMinor: v }))).toBe(false);
  });

  it('1999 and AMOUNT_MINOR_MAX are accepted, 1 is the smallest', () => {
    for (const v of [1999, 1, AMOUNT_MINOR_MAX]) {
      expect(amountMinor.safeParse(v).success).toBe(true);
      expect(accepts(structuredClone({ amountMinor: v }))).toBe(true);
    }
  });

  it('an object with an unknown key is refused (staffId, own __proto__, constructor)', () => {
    expect(accepts({ amountMinor: 1999, staffId: 'manager' })).toBe(false);
    expect(accepts(JSON.parse('{"amountMinor": 1999, "__proto__": {"amountMinor": 5}}'))).toBe(false);
    expect(accepts(structuredClone(JSON.parse('{"amountMinor": 1999, "__proto__": 1}')))).toBe(false);
    expect(accepts({ amountMinor: 1999, constructor: 1 })).toBe(false);
    expect(accepts({})).toBe(false);
  });

  it('amountMinorOrZero: 0 yes, -0 no, the rest as above', () => {
    expect(amountMinorOrZero.safeParse(0).success).toBe(true);
    expect(amountMinorOrZero.safeParse(1999).success).toBe(true);
    for (const [label, v] of REFUSED.filter(([l]) => l !== '0')) expect(amountMinorOrZero.safeParse(v).success, label).toBe(false);
  });

  it('property: an accepted amount is a safe integer in 1..AMOUNT_MINOR_MAX, and every such integer is accepted', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -10, max: AMOUNT_MINOR_MAX + 10 }), fc.bigInt()), (v) => {
        const expected = typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 && v <= AMOUNT_MINOR_MAX && !Object.is(v, -0);
        return amountMinor.safeParse(v).success === expected;
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
