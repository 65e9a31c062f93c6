import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodKey } from '../../shared/ipc/contract';
import { EVENT_NAMES, events } from '../../shared/ipc/events';
import { METHOD_KEYS } from '../../shared/ipc/methods';
import type { z } from '../../shared/ipc/zod';
import { createTestApp, setupWithStaff, type TestApp } from '../support/test-app';
import { leafPaths, objectPaths, withExtraKey, withPath } from './json-paths';
import { CASHIER, MANAGER, validInputs, type ValidInputs } from './samples';

const KEY_PATTERN = /^[a-z]+\.[a-zA-Z]+$/;
const CONTRACT_KEYS = Object.keys(contract) as MethodKey[];

type Def = Record<string, unknown> & { type: string; checks?: { _zod: { def: Record<string, unknown> } }[] };

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);

/**
 * Walks a zod v4 schema and lists every rule it breaks: a non-strict object, a string or array
 * without a maximum length, a number without bounds, coercion or a transform. An unknown schema
 * type is a problem too, so a new kind of schema makes this test look at it.
 */
function schemaProblems(schema: unknown, path = '(input)'): string[] {
  const def = defOf(schema);
  const problems: string[] = [];
  if (def['coerce'] === true) problems.push(`${path}: z.coerce`);
  const checks = checksOf(def);
  switch (def.type) {
    case 'object': {
      if (def['catchall'] === undefined || defOf(def['catchall']).type !== 'never') problems.push(`${path}: object is not strict`);
      const shape = def['shape'] as Record<string, unknown>;
      for (const [key, child] of Object.entries(shape)) problems.push(...schemaProblems(child, `${path}.${key}`));
      break;
    }
    case 'string': {
      const bounded = checks.some((c) => c['check'] === 'max_length' || c['check'] === 'length_equals');
      if (!bounded) problems.push(`${path}: string without a max length`);
      break;
    }
    case 'number': {
      const safeInt = def['format'] === 'safeint' || def['format'] === 'int32' || def['format'] === 'uint32';
      const upper = checks.some((c) => c['check'] === 'less_than');
      const lower = checks.some((c) => c['check'] === 'greater_than');
      if (!safeInt && !(upper && lower)) problems.push(`${path}: number without bounds`);
      if (checks.some((c) => c['check'] === 'number_format' && c['format'] === 'float64')) problems.push(`${path}: float`);
      break;
    }
    case 'array': {
      if (!checks.some((c) => c['check'] === 'max_length' || c['check'] === 'length_equals')) problems.push(`${path}: array without a max`);
      problems.push(...schemaProblems(def['element'], `${path}[]`));
      break;
    }
    case 'optional':
    case 'nullable':
    case 'readonly':
      problems.push(...schemaProblems(def['innerType'], path));
      break;
    case 'union':
      (def['options'] as unknown[]).forEach((option, i) => problems.push(...schemaProblems(option, `${path}|${i}`)));
      break;
    case 'enum':
    case 'literal':
    case 'boolean':
    case 'null':
    case 'never':
      break;
    default:
      problems.push(`${path}: schema type ${def.type} not reviewed (transform, pipe, default, any …)`);
  }
  return problems;
}

describe('contract keys', () => {
  it('METHOD_KEYS (the preload list) equals Object.keys(contract), without duplicates', () => {
    expect(new Set(METHOD_KEYS).size).toBe(METHOD_KEYS.length);
    expect([...METHOD_KEYS].sort()).toEqual([...CONTRACT_KEYS].sort());
  });

  it.each(CONTRACT_KEYS)('%s is named domain.verb', (key) => {
    expect(key).toMatch(KEY_PATTERN);
  });

  it('EVENT_NAMES equals Object.keys(events), without duplicates, each named domain.event', () => {
    expect(new Set(EVENT_NAMES).size).toBe(EVENT_NAMES.length);
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort());
    for (const name of EVENT_NAMES) expect(name).toMatch(KEY_PATTERN);
  });

  it('every method declares an access level', () => {
    for (const key of CONTRACT_KEYS) expect(['public', 'signedIn', 'manager', 'owner']).toContain(contract[key].access);
  });
});

describe('input schemas (walked)', () => {
  it.each(CONTRACT_KEYS)('%s: strict objects, bounded strings and numbers, no coercion or transforms', (key) => {
    expect(defOf(contract[key].input).type).toBe('object');
    expect(schemaProblems(contract[key].input)).toEqual([]);
  });

  it.each(Object.keys(events) as (keyof typeof events)[])('event %s: same rules for the payload', (name) => {
    expect(schemaProblems(events[name])).toEqual([]);
  });

  it('the walker itself flags loose schemas', async () => {
    const { z: zod } = await import('../../shared/ipc/zod');
    expect(schemaProblems(zod.object({ a: zod.string().max(3) }))).toEqual(['(input): object is not strict']);
    expect(schemaProblems(zod.strictObject({ a: zod.string() }))).toEqual(['(input).a: string without a max length']);
    expect(schemaProblems(zod.strictObject({ n: zod.number() }))).toEqual(['(input).n: number without bounds']);
    expect(schemaProblems(zod.strictObject({ n: zod.coerce.number().int() }))).toContain('(input).n: z.coerce');
    expect(schemaProblems(zod.strictObject({ l: zod.array(zod.int()) }))).toEqual(['(input).l: array without a max']);
    expect(schemaProblems(zod.strictObject({ t: zod.string().max(3).transform((s) => s.length) }))[0]).toMatch(/not reviewed/);
  });
});

describe('input schemas (probed)', () => {
  const samples: ValidInputs = validInputs({ cashierId: '01890000-0000-7000-8000-00000000000a' });
  const HUGE = 'x'.repeat(1_000_000);

  it.each(CONTRACT_KEYS)('%s: samples parse; every leaf refuses a 1e6-char string, 1e300, NaN, 2**53+2, a lone surrogate', (key) => {
    const schema = contract[key].input as z.ZodType;
    for (const sample of samples[key]) {
      expect(schema.safeParse(sample).success, JSON.stringify(sample)).toBe(true);
      for (const path of leafPaths(sample).filter((p) => p.length > 0)) {
        for (const bad of [HUGE, 1e300, -1e300, Number.NaN, 2 ** 53 + 2, Infinity, '\uD800', 'ok\uDC00ok', 'ok\uD800']) {
          const probe = withPath(sample, path, bad);
          expect(schema.safeParse(probe).success, `${key} ${path.join('.')} = ${String(bad).slice(0, 12)}`).toBe(false);
        }
      }
    }
  });
});

const EXTRA_KEYS = [
  ['zzUnknown', 1], ['__proto__', { role: 'owner' }], ['constructor', 'x'], ['staffId', '01890000-0000-7000-8000-000000000001'],
] as const;

describe('strictness through dispatch', () => {
  let t: TestApp;
  let samples: ValidInputs;

  beforeAll(async () => {
    t = await createTestApp();
    const { members } = await setupWithStaff(t, [
      { ...MANAGER, role: 'manager' },
      { ...CASHIER, role: 'cashier' },
    ]);
    samples = validInputs({ cashierId: members[1]?.id ?? '' });
  });
  afterAll(async () => t.close());

  it.each(CONTRACT_KEYS)('%s: an unknown key, an own __proto__ or constructor key at any level → invalid_input, nothing written', async (key) => {
    for (const sample of samples[key]) {
      for (const path of objectPaths(sample)) {
        for (const [extraKey, extraValue] of EXTRA_KEYS) {
          const before = await t.mark();
          const reply = await t.call(key, structuredClone(withExtraKey(sample, path, extraKey, extraValue)));
          expect(reply, `${key} ${path.join('.')}.${extraKey}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
          expect(await t.mark()).toEqual(before);
        }
      }
    }
  });

  it('an unknown key is named in the message; a huge unknown key is not echoed back', async () => {
    const reply = await t.call('staff.session', { zzUnknown: 1 });
    expect(reply.ok ? '' : reply.error.message).toMatch(/zzUnknown/);
    for (const length of [60_000, 100_000]) {
      const huge = await t.call('staff.session', { ['k'.repeat(length)]: 1 });
      expect(huge).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(huge.ok ? '' : huge.error.message.length).toBeLessThanOrEqual(200);
    }
  });

  it('lone surrogates are refused at the boundary, not answered with internal (regression: approval.grant, settings, staff names)', async () => {
    const calls: [MethodKey, unknown][] = [
      ['approval.grant', { request: { action: 'sale.refund', subject: 'a\uD800' }, managerCode: MANAGER.staffCode, managerSecret: MANAGER.secret }],
      ['staff.create', { displayName: 'x\uDC00', staffCode: 'abc', role: 'cashier', secretKind: 'pin', secret: '1234' }],
      ['settings.update', { merchantName: 'x\uD800' }],
      ['settings.update', { printer: '\uDFFF' }],
      ['staff.signIn', { staffCode: 'owner', secret: '1234\uD800' }],
    ];
    for (const [key, input] of calls) {
      const before = await t.mark();
      expect(await t.call(key, input), key).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await t.mark()).toEqual(before);
    }
    expect(t.errors).toEqual([]);
    // A well-formed pair (an emoji) is fine.
    expect(await t.call('settings.update', { merchantName: 'Tea 🍵' })).toMatchObject({ ok: true });
  });

  it('an unknown method is not_found, not dispatched', async () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'staff.SignIn', 'staff.signIn ', 'hasOwnProperty']) {
      expect(await t.call(key, {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });
});
