import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cashPayout, lineRefund, refundRounding, tenderShares, type RefundableLine } from '../../../electron/main/core/sales/refund-amounts';
import { roundToCashIncrement } from '../../../shared/domain/sales/cash-rounding';
import { fcSeed } from '../../support/fc-seed';

describe('refund amounts', () => {
  it('a line refunded in parts gives back exactly its amounts once every unit is back', () => {
    let line: RefundableLine = { lineId: 'l', quantityMilli: 3000, netMinor: 1_000, taxMinor: 130, refundedQuantityMilli: 0 };
    const parts = [];
    for (const q of [1000, 1000, 1000]) {
      const r = lineRefund(line, q);
      if (!r.ok) throw new Error(r.error.message);
      parts.push(r.value);
      line = { ...line, refundedQuantityMilli: line.refundedQuantityMilli + q };
    }
    expect(parts.reduce((s, p) => s + p.netMinor, 0)).toBe(1_000);
    expect(parts.reduce((s, p) => s + p.taxMinor, 0)).toBe(130);
    expect(lineRefund(line, 1).ok).toBe(false);
  });

  it('property: refunds never exceed what was paid, per line and per tender, whatever the order and sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 2_000_000 }),
        fc.array(fc.integer({ min: 1, max: 60_000 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 4 }),
        (quantityMilli, netMinor, taxMinor, asks, tenderPaid) => {
          let line: RefundableLine = { lineId: 'l', quantityMilli, netMinor, taxMinor, refundedQuantityMilli: 0 };
          let given = 0;
          const refundable = [...tenderPaid];
          for (const ask of asks) {
            const r = lineRefund(line, ask);
            if (!r.ok) {
              if (ask <= quantityMilli - line.refundedQuantityMilli) return false;
              continue;
            }
            if (r.value.netMinor < 0 || r.value.taxMinor < 0) return false;
            line = { ...line, refundedQuantityMilli: line.refundedQuantityMilli + ask };
            given += r.value.totalMinor;
            const shares = tenderShares(r.value.totalMinor, refundable);
            if (shares.ok) {
              shares.value.forEach((s, i) => { refundable[i] = (refundable[i] ?? 0) - s; });
              if (refundable.some((v) => v < 0)) return false;
            } else if (r.value.totalMinor <= refundable.reduce((s, v) => s + v, 0)) return false;
          }
          return given <= netMinor + taxMinor && (line.refundedQuantityMilli < quantityMilli || given === netMinor + taxMinor);
        },
      ),
      { seed: fcSeed('refund amounts'), numRuns: 500 },
    );
  });

  it('cash paid back in whole coins: 10.06 paid 10.05, refunded 5.03 + 5.03 → 5.05 + 5.00', () => {
    expect(cashPayout(0, 503, 5)).toBe(505);
    expect(cashPayout(503, 503, 5)).toBe(500);
    expect(cashPayout(0, 2, 5)).toBe(0);
    expect(cashPayout(0, 1_002, 1)).toBe(1_002);
    expect(refundRounding([{ amountMinor: 505 }], 503)).toBe(2);
    expect(refundRounding([{ amountMinor: 700 }, { amountMinor: 500 }], 1_203)).toBe(-3);
  });

  it('property: cash payouts are whole coins, never add up to more than the cash taken, and to exactly it once all is back', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 5, 10, 50, 100), fc.integer({ min: 1, max: 5_000_000 }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 25 }),
        (increment, settled, asks) => {
          // the sale's cash: what it settled, rounded as splitTenders rounds it
          const taken = roundToCashIncrement(settled, increment);
          let back = 0;
          let paid = 0;
          for (const ask of asks) {
            const share = Math.min(ask, settled - back);
            if (share === 0) break;
            const payout = cashPayout(back, share, increment);
            if (payout < 0 || payout % increment !== 0) return false;
            back += share;
            paid += payout;
            if (paid > taken) return false;
          }
          return back < settled || paid === taken;
        },
      ),
      { seed: fcSeed('cash payouts'), numRuns: 1_000 },
    );
  });
});
