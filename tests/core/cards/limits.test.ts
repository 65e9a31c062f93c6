import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLimits, evaluateSpend, evaluateTopUp, NO_LIMITS, type CardLimits, type CardUsage, type LimitName, type LimitResult,
} from '../../../electron/main/core/cards/limits';
import { AMOUNT_MINOR_MAX } from '../../../shared/domain/limits';
import { fcSeed } from '../../support/fc-seed';

const ZERO: CardUsage = { daySpentMinor: 0, dayCount: 0, monthSpentMinor: 0, monthCount: 0, dayToppedUpMinor: 0, balanceMinor: 0 };
const LIMIT = 50_000;
const COUNT = 5;

const refusedBy = (result: LimitResult): LimitName | 'ok' | string =>
  result.ok ? 'ok' : result.error.code === 'card_limit_exceeded' ? result.error.limit : result.error.code;

type Boundary = { name: LimitName; limits: Partial<CardLimits>; at: (offset: -1 | 0 | 1) => { usage: Partial<CardUsage>; amount: number }; topUp: boolean };

/** For each limit, the movement whose total lands at limit + offset (offset −1, 0, +1). */
const BOUNDARIES: Boundary[] = [
  { name: 'per_transaction', limits: { perTransactionMinor: LIMIT }, topUp: false, at: (o) => ({ usage: {}, amount: LIMIT + o }) },
  { name: 'daily_spend', limits: { dailySpendMinor: LIMIT }, topUp: false, at: (o) => ({ usage: { daySpentMinor: 30_000 }, amount: LIMIT - 30_000 + o }) },
  { name: 'daily_count', limits: { dailyCount: COUNT }, topUp: false, at: (o) => ({ usage: { dayCount: COUNT - 1 + o }, amount: 100 }) },
  { name: 'monthly_spend', limits: { monthlySpendMinor: LIMIT }, topUp: false, at: (o) => ({ usage: { monthSpentMinor: 49_990 }, amount: 10 + o }) },
  { name: 'monthly_count', limits: { monthlyCount: COUNT }, topUp: false, at: (o) => ({ usage: { monthCount: COUNT - 1 + o }, amount: 100 }) },
  { name: 'max_balance', limits: { maxBalanceMinor: LIMIT }, topUp: true, at: (o) => ({ usage: { balanceMinor: 12_345 }, amount: LIMIT - 12_345 + o }) },
  { name: 'daily_top_up', limits: { dailyTopUpMinor: LIMIT }, topUp: true, at: (o) => ({ usage: { dayToppedUpMinor: 2 }, amount: LIMIT - 2 + o }) },
];

const CASES = BOUNDARIES.flatMap((b) => ([-1, 0, 1] as const).map((offset) => [b.name, offset, b] as const));

describe('card limits at limit − 1, limit, limit + 1', () => {
  it.each(CASES)('%s at limit + (%i)', (name, offset, b) => {
    const { usage, amount } = b.at(offset);
    const evaluate = b.topUp ? evaluateTopUp : evaluateSpend;
    const result = evaluate({ ...NO_LIMITS, ...b.limits }, { ...ZERO, ...usage }, amount);
    expect(refusedBy(result)).toBe(offset <= 0 ? 'ok' : name);
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
    // The same movement with the limit lifted passes: the refusal came from that limit alone.
    expect(evaluate(NO_LIMITS, { ...ZERO, ...usage }, amount)).toEqual({ ok: true });
  });

  it('counts are per transaction: the limit-th payment passes, the next one is refused', () => {
    const limits = { ...NO_LIMITS, dailyCount: 3 };
    const outcomes = [0, 1, 2, 3, 4].map((done) => refusedBy(evaluateSpend(limits, { ...ZERO, dayCount: done }, 1)));
    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'daily_count', 'daily_count']);
  });

  it('a zero limit refuses every movement of its kind; null is no limit', () => {
    expect(refusedBy(evaluateSpend({ ...NO_LIMITS, perTransactionMinor: 0 }, ZERO, 1))).toBe('per_transaction');
    expect(refusedBy(evaluateSpend({ ...NO_LIMITS, dailyCount: 0 }, ZERO, 1))).toBe('daily_count');
    expect(refusedBy(evaluateTopUp({ ...NO_LIMITS, maxBalanceMinor: 0 }, ZERO, 1))).toBe('max_balance');
    expect(evaluateSpend(NO_LIMITS, { ...ZERO, daySpentMinor: Number.MAX_SAFE_INTEGER }, AMOUNT_MINOR_MAX)).toEqual({ ok: true });
  });

  it('spend limits do not judge top-ups and top-up limits do not judge spending', () => {
    const spendOnly: CardLimits = { ...NO_LIMITS, perTransactionMinor: 1, dailySpendMinor: 1, dailyCount: 0, monthlySpendMinor: 1, monthlyCount: 0 };
    expect(evaluateTopUp(spendOnly, ZERO, 1000)).toEqual({ ok: true });
    const topUpOnly: CardLimits = { ...NO_LIMITS, maxBalanceMinor: 0, dailyTopUpMinor: 0 };
    expect(evaluateSpend(topUpOnly, { ...ZERO, balanceMinor: 5000 }, 1000)).toEqual({ ok: true });
  });

  it('names the first broken limit in a fixed order', () => {
    const all: CardLimits = {
      perTransactionMinor: 10, dailySpendMinor: 10, dailyCount: 1, monthlySpendMinor: 10, monthlyCount: 1, maxBalanceMinor: 10, dailyTopUpMinor: 10,
    };
    const used: CardUsage = { daySpentMinor: 10, dayCount: 1, monthSpentMinor: 10, monthCount: 1, dayToppedUpMinor: 10, balanceMinor: 10 };
    expect(refusedBy(evaluateSpend(all, used, 11))).toBe('per_transaction');
    expect(refusedBy(evaluateSpend(all, used, 10))).toBe('daily_count');
    expect(refusedBy(evaluateSpend({ ...all, dailyCount: 2 }, used, 1))).toBe('daily_spend');
    expect(refusedBy(evaluateSpend({ ...all, dailyCount: 2, dailySpendMinor: 20 }, used, 1))).toBe('monthly_count');
    expect(refusedBy(evaluateSpend({ ...all, dailyCount: 2, dailySpendMinor: 20, monthlyCount: 2 }, used, 1))).toBe('monthly_spend');
    expect(refusedBy(evaluateTopUp(all, used, 1))).toBe('max_balance');
    expect(refusedBy(evaluateTopUp({ ...all, maxBalanceMinor: 20 }, used, 1))).toBe('daily_top_up');
  });

  it('is exact near the safe-integer edge', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const limits = { ...NO_LIMITS, monthlySpendMinor: max };
    expect(evaluateSpend(limits, { ...ZERO, monthSpentMinor: max - 5 }, 5)).toEqual({ ok: true });
    expect(refusedBy(evaluateSpend(limits, { ...ZERO, monthSpentMinor: max - 5 }, 6))).toBe('monthly_spend');
    expect(refusedBy(evaluateSpend(limits, { ...ZERO, monthSpentMinor: max }, 1))).toBe('monthly_spend');
  });

  it.each([0, -1, 0.5, Number.NaN, AMOUNT_MINOR_MAX + 1])('refuses amount %d as invalid_amount', (amount) => {
    expect(refusedBy(evaluateSpend(NO_LIMITS, ZERO, amount))).toBe('invalid_amount');
    expect(refusedBy(evaluateTopUp(NO_LIMITS, ZERO, amount))).toBe('invalid_amount');
  });

  it('refuses malformed limits and usage as invalid_input', () => {
    expect(refusedBy(checkLimits({ ...NO_LIMITS, dailyCount: -1 }))).toBe('invalid_input');
    expect(refusedBy(checkLimits({ ...NO_LIMITS, dailySpendMinor: 1.5 }))).toBe('invalid_input');
    expect(refusedBy(evaluateSpend({ ...NO_LIMITS, monthlyCount: Number.NaN }, ZERO, 1))).toBe('invalid_input');
    expect(refusedBy(evaluateSpend(NO_LIMITS, { ...ZERO, dayCount: -1 }, 1))).toBe('invalid_input');
    expect(refusedBy(evaluateTopUp(NO_LIMITS, { ...ZERO, balanceMinor: Number.POSITIVE_INFINITY }, 1))).toBe('invalid_input');
    expect(checkLimits(NO_LIMITS)).toEqual({ ok: true });
  });

  it('property: allowed exactly when every applicable limit still holds after the movement', () => {
    const seed = fcSeed('card limits');
    const small = fc.integer({ min: 0, max: 200 });
    const limit = fc.option(small, { nil: null });
    const limits = fc.record({
      perTransactionMinor: limit, dailySpendMinor: limit, dailyCount: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
      monthlySpendMinor: limit, monthlyCount: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), maxBalanceMinor: limit, dailyTopUpMinor: limit,
    });
    const usage = fc.record({
      daySpentMinor: small, dayCount: fc.integer({ min: 0, max: 6 }), monthSpentMinor: small, monthCount: fc.integer({ min: 0, max: 6 }),
      dayToppedUpMinor: small, balanceMinor: small,
    });
    const fits = (used: number, added: number, cap: number | null) => cap === null || used + added <= cap;
    fc.assert(
      fc.property(limits, usage, fc.integer({ min: 1, max: 200 }), (l, u, amount) => {
        const spendOk = fits(0, amount, l.perTransactionMinor) && fits(u.dayCount, 1, l.dailyCount) && fits(u.daySpentMinor, amount, l.dailySpendMinor)
          && fits(u.monthCount, 1, l.monthlyCount) && fits(u.monthSpentMinor, amount, l.monthlySpendMinor);
        const topUpOk = fits(u.balanceMinor, amount, l.maxBalanceMinor) && fits(u.dayToppedUpMinor, amount, l.dailyTopUpMinor);
        expect(evaluateSpend(l, u, amount).ok).toBe(spendOk);
        expect(evaluateTopUp(l, u, amount).ok).toBe(topUpOk);
      }),
      { seed, numRuns: 3000 },
    );
  });
});
