import type { VoucherStateName } from '../../../../shared/domain/state/vouchers';
import type { EffectiveVoucherState } from './voucher-rules';

/** Vouchers of one batch in one stored state, and whether the batch has expired at the time asked. */
export type Tally = {
  readonly currency: string;
  readonly state: VoucherStateName;
  readonly expired: boolean;
  readonly count: number;
  readonly faceValueMinor: number;
};

export type VoucherCounts = { readonly [S in EffectiveVoucherState]: number };

export type Outstanding = { readonly currency: string; readonly outstandingMinor: number; readonly expiredOutstandingMinor: number };

export type VoucherTotals = { readonly counts: VoucherCounts; readonly outstanding: readonly Outstanding[] };

function add(a: number, b: number): number {
  const sum = a + b;
  // Face values are ≤ 10^11 and batches ≤ 1,000: only an absurd number of batches gets here.
  if (!Number.isSafeInteger(sum)) throw new RangeError('voucher totals left the safe integer range');
  return sum;
}

/**
 * Counts by what each voucher is at the time asked (an unsold or sold voucher of an expired batch
 * counts as `expired`), and what is still owed per currency: every sold voucher, expired or not,
 * since its money stays in the voucher liability until it is redeemed or voided.
 */
export function voucherTotals(tallies: readonly Tally[]): VoucherTotals {
  const counts: Record<EffectiveVoucherState, number> = { unsold: 0, sold: 0, redeemed: 0, voided: 0, expired: 0 };
  const owed = new Map<string, { outstandingMinor: number; expiredOutstandingMinor: number }>();
  for (const t of tallies) {
    const open = t.state === 'unsold' || t.state === 'sold';
    const effective: EffectiveVoucherState = open && t.expired ? 'expired' : t.state;
    counts[effective] = add(counts[effective], t.count);
    if (t.state !== 'sold') continue;
    const line = owed.get(t.currency) ?? { outstandingMinor: 0, expiredOutstandingMinor: 0 };
    const value = t.faceValueMinor * t.count;
    if (!Number.isSafeInteger(value)) throw new RangeError('voucher totals left the safe integer range');
    line.outstandingMinor = add(line.outstandingMinor, value);
    if (t.expired) line.expiredOutstandingMinor = add(line.expiredOutstandingMinor, value);
    owed.set(t.currency, line);
  }
  const outstanding = [...owed].sort(([a], [b]) => a.localeCompare(b)).map(([currency, line]) => ({ currency, ...line }));
  return { counts, outstanding };
}
