import { AMOUNT_MINOR_MAX } from '../../../../../shared/domain/limits';
import { err, ok, type Result } from '../../../../../shared/domain/result';

const MAX = BigInt(AMOUNT_MINOR_MAX);

/**
 * An exact intermediate back to minor units. Every amount of a priced cart stays within
 * AMOUNT_MINOR_MAX, the most one ledger transfer may move, so a cart that could not be paid is
 * refused when priced, and every sum over its lines stays a safe integer.
 */
export function boundedMinor(value: bigint, what: string): Result<number> {
  if (value > MAX || value < -MAX) return err('amount_overflow', `${what} is larger than the largest amount a sale may move`);
  return ok(Number(value));
}

/** Σ of safe integers, in BigInt so that the check above sees the true sum. */
export function sumBig(values: readonly number[]): bigint {
  return values.reduce((total, value) => total + BigInt(value), 0n);
}
