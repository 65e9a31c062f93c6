import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../../../../shared/domain/allocate';
import type { ErrorCode } from '../../../../shared/domain/errors';
import type { Result } from '../../../../shared/domain/result';
import { fcSeed } from '../../../support/fc-seed';

const MAX = Number.MAX_SAFE_INTEGER;

function errorCode<T>(result: Result<T>): ErrorCode | undefined {
  return result.ok ? undefined : result.error.code;
}

describe('allocate', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [2, [1, 1, 1], [1, 1, 0]],
    [1, [1, 1], [1, 0]],
    [10, [1, 2], [3, 7]],
    [-10, [1, 2], [-3, -7]],
    [10, [1, 2, 3, 4], [1, 2, 3, 4]],
    [5, [1, 0, 1], [3, 0, 2]],
    [1, [0, 1, 1], [0, 1, 0]],
    [0, [1, 2, 3], [0, 0, 0]],
    [7, [5], [7]],
    [7, [0, 0, 3], [0, 0, 7]],
    // 19% VAT on 10.01 split as net/tax: the same function every caller uses
    [1001, [100, 19], [841, 160]],
    [MAX, [1, 1], [4503599627370496, 4503599627370495]],
    [-MAX, [MAX, 1], [-(MAX - 1), -1]],
  ])('%i over %j → %j', (amount, ratios, expected) => {
    expect(allocate(amount, ratios)).toEqual({ ok: true, value: expected });
  });

  it('gives the same shares whatever the scale of the ratios', () => {
    expect(allocate(100, [MAX, MAX, MAX])).toEqual({ ok: true, value: [34, 33, 33] });
  });

  it.each([
    [[] as number[]],
    [[0]],
    [[0, 0]],
    [[1, -1]],
    [[1, 0.5]],
    [[1, Number.NaN]],
    [[1, Number.POSITIVE_INFINITY]],
    [[1, MAX + 1]],
  ])('rejects ratios %j as invalid_input', (ratios) => {
    expect(errorCode(allocate(10, ratios))).toBe('invalid_input');
  });

  it.each([0.5, Number.NaN, MAX + 1, -MAX - 1, Number.NEGATIVE_INFINITY])(
    'rejects amount %d as invalid_amount',
    (amount) => {
      expect(errorCode(allocate(amount, [1, 1]))).toBe('invalid_amount');
    },
  );

  it('sums exactly, stays within one unit of the exact share, and mirrors negatives', () => {
    const seed = fcSeed('allocate');
    const amount = fc.oneof(
      fc.maxSafeInteger(),
      fc.integer({ min: -10_000, max: 10_000 }),
      fc.integer({ min: MAX - 1000, max: MAX }),
      fc.integer({ min: -MAX, max: -MAX + 1000 }),
    );
    const ratio = fc.oneof(
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.integer({ min: 0, max: MAX }),
    );
    const ratios = fc
      .array(ratio, { minLength: 1, maxLength: 30 })
      .filter((list) => list.some((r) => r > 0));
    fc.assert(
      fc.property(amount, ratios, (a, rs) => {
        const result = allocate(a, rs);
        if (!result.ok) throw new Error(result.error.message);
        const shares = result.value;
        expect(shares).toHaveLength(rs.length);
        const total = rs.reduce((sum, r) => sum + BigInt(r), 0n);
        expect(shares.reduce((sum, s) => sum + BigInt(s), 0n)).toBe(BigInt(a));
        shares.forEach((share, i) => {
          const r = rs[i] ?? 0;
          expect(Number.isSafeInteger(share)).toBe(true);
          if (r === 0) expect(share).toBe(0);
          // |share − a × r / total| < 1, kept in integers: |share × total − a × r| < total
          const gap = BigInt(share) * total - BigInt(a) * BigInt(r);
          expect((gap < 0n ? -gap : gap) < total).toBe(true);
        });
        const mirrored = allocate(-a, rs);
        expect(mirrored).toEqual({ ok: true, value: shares.map((s) => (s === 0 ? 0 : -s)) });
      }),
      { seed, numRuns: 2000 },
    );
  });

  it('matches a largest-remainder reference, ties to the lowest index', () => {
    const seed = fcSeed('allocate reference');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 8 }).filter((l) => l.some((r) => r > 0)),
        (a, rs) => {
          const total = rs.reduce((sum, r) => sum + r, 0);
          const floors = rs.map((r) => Math.floor((a * r) / total));
          let left = a - floors.reduce((sum, s) => sum + s, 0);
          const order = rs
            .map((r, i) => ({ i, rem: (a * r) % total }))
            .sort((x, y) => y.rem - x.rem || x.i - y.i);
          for (const { i } of order) {
            if (left === 0) break;
            floors[i] = (floors[i] ?? 0) + 1;
            left -= 1;
          }
          expect(allocate(a, rs)).toEqual({ ok: true, value: floors });
        },
      ),
      { seed, numRuns: 1000 },
    );
  });
});
