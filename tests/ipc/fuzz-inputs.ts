import fc from 'fast-check';
import { AMOUNT_MINOR_MAX } from '../../shared/ipc/limits';
import { DELETE, allPaths, getPath, objectPaths, withExtraKey, withPath } from './json-paths';

/**
 * The fuzz inputs of tests/ipc/fuzz.test.ts, also measured by `npm run bench` (B5): valid samples
 * with one change, nasty values, huge values, and dictionaries of smuggled keys.
 */
const HUGE = 'x'.repeat(1_048_576);
const ARRAY_100K: number[] = new Array<number>(100_000).fill(1);

function nest(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

function ownKey(key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

function manyKeys(n: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < n; i += 1) out[`k${i}`] = i;
  return out;
}

const nastyScalar = fc.constantFrom<unknown>(
  Number.NaN, Infinity, -Infinity, -0, 0, 0.5, 19.99, -5, 1, 1999, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER + 1,
  Number.MAX_VALUE, Number.MIN_VALUE, 1e300, -1e300, AMOUNT_MINOR_MAX + 1, 15, 16, -1,
  1999n, -(2n ** 64n), 0n, null, undefined, true, false,
  '', ' ', '\u0000', '\uD800', '\u202E', 'ｏｗｎｅｒ', 'OWNER', 'owner', '../../etc/passwd', "' OR 1=1 --", '<script>',
  '1999', 'NaN', '01890000-0000-7000-8000-000000000000', 'https://x', 'http://sync.example.com', 'javascript:alert(1)',
);
const nastyObject = fc.constantFrom<unknown>(
  new Date(0), new Date(Number.NaN), new Map([[1, 2]]), new Set([1]), new Uint8Array(4), new ArrayBuffer(8), /x/g,
  new Error('boom'), Object(1999n), new String('owner'), new Number(1999), [], {}, [1, , 3],
  JSON.parse('{"__proto__": {"role": "owner"}}'), ownKey('constructor', { prototype: { role: 'owner' } }),
  ownKey('__proto__', null), { toString: 'x', valueOf: 1 },
);
const bigValue = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((e) => HUGE.slice(0, 2 ** e)),
  fc.integer({ min: 60_000, max: HUGE.length }).map((n) => HUGE.slice(0, n)),
  fc.integer({ min: 1, max: ARRAY_100K.length }).map((n) => ARRAY_100K.slice(0, n)),
  fc.integer({ min: 1, max: 50 }).map((depth) => nest(depth, 1)),
  fc.integer({ min: 1, max: 20_000 }).map(manyKeys),
);
const anything = fc.anything({
  maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true,
  withSparseArray: true, withNullPrototype: true, withBoxedValues: true, withObjectString: true, withUnicodeString: true,
});
export const value: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nastyScalar, weight: 4 },
  { arbitrary: nastyObject, weight: 2 },
  { arbitrary: bigValue, weight: 2 },
  { arbitrary: anything, weight: 2 },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 4, maxLength: 40 }), weight: 1 },
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9]{2,16}$/), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
);
export const SMUGGLED = ['zzUnknown', 'staffId', 'role', 'terminalId', '__proto__', 'constructor', 'prototype', 'toString', 'approvalId'] as const;
const OPS = ['keep', 'replace', 'replace', 'replace', 'delete', 'extra', 'wrap'] as const;

/** A valid sample with one change: a leaf replaced, wrapped or removed, or one key added. */
function mutated(samples: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc
    .record({ s: fc.nat(), p: fc.nat(), op: fc.constantFrom(...OPS), v: value, key: fc.constantFrom(...SMUGGLED) })
    .map(({ s, p, op, v, key }) => {
      const sample = samples[s % samples.length];
      const paths = allPaths(sample);
      const path = paths[p % paths.length] ?? [];
      switch (op) {
        case 'keep':
          return sample;
        case 'replace':
          return withPath(sample, path, v);
        case 'delete':
          return withPath(sample, path, DELETE);
        case 'wrap': {
          const old = getPath(sample, path);
          return withPath(sample, path, p % 2 === 0 ? [old] : { value: old });
        }
        case 'extra': {
          const objects = objectPaths(sample);
          const at = objects[p % objects.length] ?? [];
          return withExtraKey(sample, at, key, v);
        }
      }
    });
}

export function inputFor(samples: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: mutated(samples), weight: 6 },
    { arbitrary: value, weight: 3 },
    { arbitrary: fc.dictionary(fc.constantFrom(...SMUGGLED, 'secret', 'staffCode', 'a'), value, { maxKeys: 4 }), weight: 1 },
  );
}

/** What crosses the boundary: structured clone on IPC, JSON on the web host. */
export function transported(input: unknown, http: boolean): { payload: unknown; transport: 'ipc' | 'http' } | undefined {
  if (http) {
    try {
      const text = JSON.stringify(input);
      if (text !== undefined) return { payload: JSON.parse(text) as unknown, transport: 'http' };
    } catch {
      // BigInt: JSON cannot carry it; send it over IPC instead.
    }
  }
  try {
    return { payload: structuredClone(input), transport: 'ipc' };
  } catch {
    return undefined;
  }
}
