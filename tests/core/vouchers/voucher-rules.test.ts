import { describe, expect, it } from 'vitest';
import { isExpired, redeemRefusal, sellRefusal, voidRefusal, type VoucherFacts } from '../../../electron/main/core/vouchers/voucher-rules';
import { voucherTotals } from '../../../electron/main/core/vouchers/voucher-tally';
import { VOUCHER_STATES } from '../../../shared/domain/state/vouchers';

const NOW = 1_000_000;
const code = (e: { code: string } | undefined) => e?.code ?? 'ok';
const facts = (state: VoucherFacts['state'], expiresAtMs: number | null = null): VoucherFacts => ({ state, expiresAtMs });

describe('voucher state machine', () => {
  // Every stored state, before and at the expiry instant: what each action answers.
  const TABLE: [VoucherFacts['state'], boolean, string, string, string][] = [
    // state, expired, sell, redeem, void
    ['unsold', false, 'ok', 'voucher_not_sold', 'ok'],
    ['unsold', true, 'voucher_expired', 'voucher_expired', 'ok'],
    ['sold', false, 'voucher_already_sold', 'ok', 'ok'],
    ['sold', true, 'voucher_already_sold', 'voucher_expired', 'ok'],
    ['redeemed', false, 'voucher_already_redeemed', 'voucher_already_redeemed', 'voucher_already_redeemed'],
    ['redeemed', true, 'voucher_already_redeemed', 'voucher_already_redeemed', 'voucher_already_redeemed'],
    ['voided', false, 'voucher_voided', 'voucher_voided', 'voucher_voided'],
    ['voided', true, 'voucher_voided', 'voucher_voided', 'voucher_voided'],
  ];

  it('covers every stored state', () => {
    expect([...new Set(TABLE.map(([s]) => s))].sort()).toEqual([...VOUCHER_STATES].sort());
  });

  it.each(TABLE)('%s (expired: %s): sell → %s, redeem → %s, void → %s', (state, expired, sell, redeem, voided) => {
    const v = facts(state, expired ? NOW : NOW + 1);
    expect(code(sellRefusal(v, NOW))).toBe(sell);
    expect(code(redeemRefusal(v, NOW))).toBe(redeem);
    expect(code(voidRefusal(v))).toBe(voided);
  });

  it('expiry is inclusive at the instant and absent without a date', () => {
    expect(isExpired(NOW, NOW - 1)).toBe(false);
    expect(isExpired(NOW, NOW)).toBe(true);
    expect(isExpired(null, Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('refusal messages never carry anything but the state', () => {
    for (const [state] of TABLE) {
      for (const e of [sellRefusal(facts(state), NOW), redeemRefusal(facts(state), NOW), voidRefusal(facts(state))]) {
        if (e) expect(e.message).toMatch(/^this voucher /);
      }
    }
  });
});

describe('voucher totals', () => {
  it('counts by effective state and owes every sold voucher, expired or not, per currency', () => {
    const totals = voucherTotals([
      { currency: 'CNY', state: 'unsold', expired: false, count: 4, faceValueMinor: 100 },
      { currency: 'CNY', state: 'sold', expired: false, count: 3, faceValueMinor: 100 },
      { currency: 'CNY', state: 'sold', expired: true, count: 2, faceValueMinor: 500 },
      { currency: 'CNY', state: 'unsold', expired: true, count: 1, faceValueMinor: 500 },
      { currency: 'USD', state: 'redeemed', expired: true, count: 5, faceValueMinor: 7 },
      { currency: 'USD', state: 'voided', expired: false, count: 6, faceValueMinor: 7 },
    ]);
    expect(totals.counts).toEqual({ unsold: 4, sold: 3, redeemed: 5, voided: 6, expired: 3 });
    expect(totals.outstanding).toEqual([{ currency: 'CNY', outstandingMinor: 1300, expiredOutstandingMinor: 1000 }]);
  });

  it('refuses to round a total it cannot hold exactly', () => {
    const huge = Array.from({ length: 200 }, () => ({ currency: 'CNY', state: 'sold' as const, expired: false, count: 1000, faceValueMinor: 100_000_000_000 }));
    expect(() => voucherTotals(huge)).toThrow(RangeError);
  });
});
