import { describe, expect, it } from 'vitest';
import { contract, type MethodKey } from '../../shared/ipc/contract';
import { PAYLOAD_DEPTH_MAX, PAYLOAD_NODES_MAX, PAYLOAD_STRING_CHARS_MAX } from '../../shared/ipc/limits';
import { ok } from '../../shared/domain/result';
import type { Caller } from '../../electron/main/ipc/call-context';
import { createDispatch, type DeniedCall, type SessionGate } from '../../electron/main/ipc/dispatch';
import type { Handlers } from '../../electron/main/ipc/handlers/handler-types';
import { payloadShapeProblem } from '../../electron/main/ipc/payload-shape';

const KEYS = Object.keys(contract) as MethodKey[];

function fakeHandlers(run: (key: MethodKey) => Promise<unknown>): Handlers {
  return Object.fromEntries(KEYS.map((key) => [key, () => run(key)])) as unknown as Handlers;
}

function gate(state: 'signedOut' | 'active' | 'locked', caller: Caller | null): SessionGate & { touched: number } {
  const g = { touched: 0, current: () => ({ state, caller }), touch: () => { g.touched += 1; } };
  return g;
}

const CASHIER: Caller = { staffId: '01890000-0000-7000-8000-00000000000c', role: 'cashier', displayName: 'C' };

describe('payloadShapeProblem (the bounded walk before zod)', () => {
  it('accepts plain JSON-like input within the limits', () => {
    expect(payloadShapeProblem({ a: [1, 'x', null, true, { b: 2 }] })).toBeUndefined();
    expect(payloadShapeProblem(Object.create(null))).toBeUndefined();
  });

  it.each([
    ['a cycle', (() => { const a: Record<string, unknown> = {}; a['self'] = a; return a; })(), 'nested too deeply'],
    ['depth beyond the cap', JSON.parse(`${'['.repeat(PAYLOAD_DEPTH_MAX + 2)}${']'.repeat(PAYLOAD_DEPTH_MAX + 2)}`), 'nested too deeply'],
    ['an array beyond the node cap', new Array(PAYLOAD_NODES_MAX + 1).fill(0), 'array too long'],
    ['an object with too many keys', Object.fromEntries(Array.from({ length: PAYLOAD_NODES_MAX + 1 }, (_, i) => [`k${i}`, 0])), 'too many values'],
    ['one huge string', 'x'.repeat(PAYLOAD_STRING_CHARS_MAX + 1), 'strings too long'],
    ['one huge key with a number value', { ['k'.repeat(PAYLOAD_STRING_CHARS_MAX + 1)]: 1 }, 'strings too long'],
    ['a BigInt', { a: 1n }, 'unsupported value type bigint'],
    ['a Date', { a: new Date(0) }, 'only plain objects are accepted'],
    ['a Map', new Map(), 'only plain objects are accepted'],
    ['a typed array', { a: new Uint8Array(2) }, 'only plain objects are accepted'],
    ['a boxed string', { a: new String('x') }, 'only plain objects are accepted'],
  ])('refuses %s', (_label, input, problem) => {
    expect(payloadShapeProblem(structuredClone(input))).toBe(problem);
  });

  it('a shared-reference DAG that looks exponential is cut off by the node count (its time: npm run bench, B5)', () => {
    let value: unknown = 1;
    for (let i = 0; i < PAYLOAD_DEPTH_MAX; i += 1) value = [value, value, value, value, value, value, value, value];
    expect(payloadShapeProblem(structuredClone(value))).toBe('too many values');
  });

  it('its work is bounded by the node cap, not by the input: the same DAG is read at most 8 × PAYLOAD_NODES_MAX times', () => {
    let reads = 0;
    const counted = (items: unknown[]): unknown[] => new Proxy(items, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^[0-9]+$/.test(prop)) reads += 1;
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    let value: unknown = 1;
    for (let i = 0; i < PAYLOAD_DEPTH_MAX; i += 1) value = counted([value, value, value, value, value, value, value, value]);
    expect(payloadShapeProblem(value)).toBe('too many values');
    expect(reads).toBeGreaterThan(PAYLOAD_NODES_MAX);
    expect(reads).toBeLessThanOrEqual(8 * (PAYLOAD_NODES_MAX + 1));
  });
});

describe('createDispatch', () => {
  it('a handler that throws becomes internal with a correlation ref; the error text stays in the log', async () => {
    const logged: Record<string, unknown>[] = [];
    const dispatch = createDispatch(
      fakeHandlers(async () => { throw new Error('SQLITE_CONSTRAINT secret detail /home/user/tillbook.db'); }),
      gate('active', CASHIER),
      { error: (_m, detail) => logged.push(detail) },
    );
    const reply = await dispatch('staff.session', {}, 'ipc');
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toMatch(/SQLITE|secret|home/);
    expect(logged).toHaveLength(1);
    const ref = reply.ok ? '' : /ref ([0-9a-f]{8})/.exec(reply.error.message)?.[1];
    expect(String(logged[0]?.['correlationId'])).toMatch(new RegExp(`^${ref}`));
  });

  it('a handler returning a rejected non-Error is internal too', async () => {
    const dispatch = createDispatch(fakeHandlers(() => Promise.reject(Symbol('x'))), gate('active', CASHIER), { error: () => undefined });
    expect(await dispatch('staff.session', {}, 'http')).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('denials are audited with key, code, caller and transport; an audit failure is logged, the denial still returned', async () => {
    const denied: DeniedCall[] = [];
    const logged: string[] = [];
    const handlers = fakeHandlers(async () => ok({}));
    const log = { error: (m: string) => logged.push(m) };
    const audit = async (call: DeniedCall) => { denied.push(call); };
    expect(await createDispatch(handlers, gate('active', CASHIER), log, audit)('staff.list', {}, 'http')).toMatchObject({ error: { code: 'forbidden' } });
    expect(await createDispatch(handlers, gate('signedOut', null), log, audit)('ledger.health', {}, 'ipc')).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(await createDispatch(handlers, gate('locked', null), log, audit)('staff.lock', {}, 'ipc')).toMatchObject({ error: { code: 'session_locked' } });
    expect(denied).toEqual([
      { key: 'staff.list', code: 'forbidden', caller: CASHIER, transport: 'http' },
      { key: 'ledger.health', code: 'unauthenticated', caller: null, transport: 'ipc' },
      { key: 'staff.lock', code: 'session_locked', caller: null, transport: 'ipc' },
    ]);
    const failing = createDispatch(handlers, gate('active', CASHIER), log, () => Promise.reject(new Error('disk full')));
    expect(await failing('staff.create', {}, 'ipc')).toMatchObject({ error: { code: 'invalid_input' } });
    expect(await failing('staff.list', {}, 'ipc')).toMatchObject({ error: { code: 'forbidden' } });
    expect(logged).toEqual(['audit of a refused call failed']);
  });

  it('only calls that need a session count as activity', async () => {
    const g = gate('active', CASHIER);
    const dispatch = createDispatch(fakeHandlers(async () => ok({})), g, { error: () => undefined });
    for (const key of ['system.status', 'staff.session', 'settings.public'] as const) await dispatch(key, {}, 'ipc');
    expect(g.touched).toBe(0);
    await dispatch('ledger.health', {}, 'ipc');
    expect(g.touched).toBe(1);
  });

  it('unknown keys (prototype names included) are not_found before anything else', async () => {
    const dispatch = createDispatch(fakeHandlers(async () => ok({})), gate('active', CASHIER), { error: () => undefined });
    for (const key of ['__proto__', 'constructor', 'valueOf', 'staff', '', 'staff.signIn\u0000']) {
      expect(await dispatch(key, {}, 'ipc')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });
});
