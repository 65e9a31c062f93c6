import type { AppError } from '../../../../shared/domain/errors';
import type { VoucherStateName } from '../../../../shared/domain/state/vouchers';

/**
 * The voucher state machine (docs/ledger.md §11, "Vouchers"):
 *
 *   unsold ──sell──▶ sold ──redeem──▶ redeemed
 *     │                │
 *     └──void──▶ voided ◀──void──┘
 *
 * `redeemed` and `voided` are final. Expiry is the batch's `expiresAtMs` against the clock, not a
 * stored state: from that instant an unsold or sold voucher can no longer be sold or redeemed,
 * only voided (which is how a manager books the liability of an expired sold voucher).
 * The refusals name the voucher's state, never its code.
 */
export type VoucherFacts = { readonly state: VoucherStateName; readonly expiresAtMs: number | null };

/** What a voucher counts as at `nowMs`: its stored state, or `expired` once an open one's batch has expired. */
export type EffectiveVoucherState = VoucherStateName | 'expired';

export function isExpired(expiresAtMs: number | null, nowMs: number): boolean {
  return expiresAtMs !== null && nowMs >= expiresAtMs;
}

const refuse = (code: AppError['code'], message: string): AppError => ({ code, message });

/** Final states first: they answer whatever the clock says. */
function finalRefusal(v: VoucherFacts): AppError | undefined {
  if (v.state === 'voided') return refuse('voucher_voided', 'this voucher was voided and has no value');
  if (v.state === 'redeemed') return refuse('voucher_already_redeemed', 'this voucher was already redeemed');
  return undefined;
}

export function sellRefusal(v: VoucherFacts, nowMs: number): AppError | undefined {
  const final = finalRefusal(v);
  if (final) return final;
  if (v.state === 'sold') return refuse('voucher_already_sold', 'this voucher was already sold');
  if (isExpired(v.expiresAtMs, nowMs)) return refuse('voucher_expired', 'this voucher has expired and can no longer be sold');
  return undefined;
}

export function redeemRefusal(v: VoucherFacts, nowMs: number): AppError | undefined {
  const final = finalRefusal(v);
  if (final) return final;
  if (isExpired(v.expiresAtMs, nowMs)) return refuse('voucher_expired', 'this voucher has expired and can no longer be redeemed');
  if (v.state === 'unsold') return refuse('voucher_not_sold', 'this voucher was never sold, so it has no value yet');
  return undefined;
}

/** Unsold or sold, expired or not: anything not yet final can be voided. */
export function voidRefusal(v: VoucherFacts): AppError | undefined {
  return finalRefusal(v);
}
