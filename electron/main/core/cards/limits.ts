import { AMOUNT_MINOR_MAX } from '../../../../shared/domain/limits';

/**
 * Card limits: spend per transaction, per business day and per month (amount and count), and the
 * stored-value rules (maximum balance, maximum top-up per day). A pure evaluator over integer
 * minor units: the caller reads the usage totals for the windows in the same write transaction
 * that books the movement (days align with the business day of the Z report; that is the
 * caller's choice of window, not this file's). A limit is inclusive: reaching it exactly is
 * allowed, one minor unit (or one transaction) more is refused. `null` means no limit; 0 refuses
 * everything of that kind.
 */
export type CardLimits = {
  readonly perTransactionMinor: number | null;
  readonly dailySpendMinor: number | null;
  readonly dailyCount: number | null;
  readonly monthlySpendMinor: number | null;
  readonly monthlyCount: number | null;
  readonly maxBalanceMinor: number | null;
  readonly dailyTopUpMinor: number | null;
};

/** What the card has already done in the current windows, and its balance now. */
export type CardUsage = {
  readonly daySpentMinor: number;
  readonly dayCount: number;
  readonly monthSpentMinor: number;
  readonly monthCount: number;
  readonly dayToppedUpMinor: number;
  readonly balanceMinor: number;
};

export type LimitName =
  | 'per_transaction' | 'daily_spend' | 'daily_count' | 'monthly_spend' | 'monthly_count' | 'max_balance' | 'daily_top_up';

export type LimitError =
  | { readonly code: 'card_limit_exceeded'; readonly limit: LimitName; readonly message: string }
  | { readonly code: 'invalid_amount' | 'invalid_input'; readonly message: string };
export type LimitResult = { readonly ok: true } | { readonly ok: false; readonly error: LimitError };

export const NO_LIMITS: CardLimits = {
  perTransactionMinor: null, dailySpendMinor: null, dailyCount: null, monthlySpendMinor: null,
  monthlyCount: null, maxBalanceMinor: null, dailyTopUpMinor: null,
};

const OK: LimitResult = { ok: true };
const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** 'invalid_input' unless every limit is null or a safe integer ≥ 0 (as a card program stores them). */
export function checkLimits(limits: CardLimits): LimitResult {
  for (const [name, value] of Object.entries(limits)) {
    if (value !== null && !isCount(value as number)) {
      return { ok: false, error: { code: 'invalid_input', message: `limit ${name} must be empty or a whole number ≥ 0` } };
    }
  }
  return OK;
}

function checkInputs(limits: CardLimits, usage: CardUsage, amountMinor: number): LimitResult {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 1 || amountMinor > AMOUNT_MINOR_MAX) {
    return { ok: false, error: { code: 'invalid_amount', message: `an amount is 1 to ${AMOUNT_MINOR_MAX} minor units` } };
  }
  const checked = checkLimits(limits);
  if (!checked.ok) return checked;
  for (const [name, value] of Object.entries(usage)) {
    if (!isCount(value as number)) return { ok: false, error: { code: 'invalid_input', message: `usage ${name} must be a whole number ≥ 0` } };
  }
  return OK;
}

/** used + added ≤ limit, exactly (BigInt: totals near the safe-integer edge must not round). */
function within(used: number, added: number, limit: number | null): boolean {
  return limit === null || BigInt(used) + BigInt(added) <= BigInt(limit);
}

function exceeded(limit: LimitName, message: string): LimitResult {
  return { ok: false, error: { code: 'card_limit_exceeded', limit, message } };
}

/**
 * May the card spend `amountMinor` now? Checks, in this order, the per-transaction amount, the
 * day's count and amount, then the month's count and amount, and names the first limit broken.
 * Whether the balance covers it is the ledger's decision (insufficient_funds), not this one.
 */
export function evaluateSpend(limits: CardLimits, usage: CardUsage, amountMinor: number): LimitResult {
  const inputs = checkInputs(limits, usage, amountMinor);
  if (!inputs.ok) return inputs;
  if (!within(0, amountMinor, limits.perTransactionMinor)) return exceeded('per_transaction', 'the amount is above the per-transaction limit');
  if (!within(usage.dayCount, 1, limits.dailyCount)) return exceeded('daily_count', 'the card has made its allowed number of payments today');
  if (!within(usage.daySpentMinor, amountMinor, limits.dailySpendMinor)) return exceeded('daily_spend', 'the amount is above what the card may still spend today');
  if (!within(usage.monthCount, 1, limits.monthlyCount)) return exceeded('monthly_count', 'the card has made its allowed number of payments this month');
  if (!within(usage.monthSpentMinor, amountMinor, limits.monthlySpendMinor)) return exceeded('monthly_spend', 'the amount is above what the card may still spend this month');
  return OK;
}

/** May the card be topped up by `amountMinor` now? The maximum balance first, then the day's top-ups. */
export function evaluateTopUp(limits: CardLimits, usage: CardUsage, amountMinor: number): LimitResult {
  const inputs = checkInputs(limits, usage, amountMinor);
  if (!inputs.ok) return inputs;
  if (!within(usage.balanceMinor, amountMinor, limits.maxBalanceMinor)) return exceeded('max_balance', 'the top-up would take the balance above the maximum');
  if (!within(usage.dayToppedUpMinor, amountMinor, limits.dailyTopUpMinor)) return exceeded('daily_top_up', 'the top-up is above what may still be loaded today');
  return OK;
}
