import { err, ok } from './result';
import type { Result } from './result';

/**
 * The one way an amount is split (bill splits, tax lines, FX legs), so every caller agrees to the
 * unit on who gets the odd cent.
 *
 * Each share starts at floor(|amount| × ratio / total), computed exactly in BigInt; the units left
 * over go one at a time to the largest remainders, ties to the lowest index. A negative amount is
 * split as its magnitude and every share negated, so a refund mirrors its sale exactly.
 *
 * Guarantees: the shares sum to `amountMinor` exactly; each share differs from the exact
 * amount × ratio / total by less than one unit; a zero ratio always gets a zero share.
 * Errors: 'invalid_amount' when the amount is not a safe integer; 'invalid_input' when ratios are
 * empty, contain anything but safe integers ≥ 0, or are all zero.
 */
export function allocate(amountMinor: number, ratios: readonly number[]): Result<number[]> {
  if (!Number.isSafeInteger(amountMinor)) {
    return err('invalid_amount', `not a safe integer: ${amountMinor}`);
  }
  if (ratios.length === 0) return err('invalid_input', 'ratios must not be empty');
  let total = 0n;
  for (const ratio of ratios) {
    if (!Number.isSafeInteger(ratio) || ratio < 0) {
      return err('invalid_input', 'every ratio must be a safe integer >= 0');
    }
    total += BigInt(ratio);
  }
  if (total === 0n) return err('invalid_input', 'at least one ratio must be positive');

  const negative = amountMinor < 0;
  const magnitude = BigInt(Math.abs(amountMinor));
  const shares: bigint[] = [];
  const remainders: bigint[] = [];
  let handedOut = 0n;
  for (const ratio of ratios) {
    const product = magnitude * BigInt(ratio);
    const share = product / total;
    shares.push(share);
    remainders.push(product % total);
    handedOut += share;
  }

  // Fewer leftover units than ratios with a non-zero remainder, so zero ratios never get one.
  const leftover = Number(magnitude - handedOut);
  const order = ratios.map((_, index) => index);
  order.sort((a, b) => {
    const ra = remainders[a] ?? 0n;
    const rb = remainders[b] ?? 0n;
    if (ra !== rb) return ra > rb ? -1 : 1;
    return a - b;
  });
  for (const index of order.slice(0, leftover)) {
    shares[index] = (shares[index] ?? 0n) + 1n;
  }

  // Negating in BigInt avoids producing -0 for zero shares.
  return ok(shares.map((share) => Number(negative ? -share : share)));
}
