import { describe, expect, it } from 'vitest';
import { priceCart } from '../../../../electron/main/core/sales/pricing/price-cart';
import { cashIncrementMinor } from '../../../../shared/domain/sales/cash-rounding';
import { TAX_PROFILES } from '../../../../shared/domain/sales/tax-profiles';
import { amountsOf, cart, line, priced } from './pricing-fixture';

/**
 * China VAT: prices include tax, tax = gross × r / (10000 + r) per line, half-up.
 * Every expected number is worked out by hand in the comments.
 */
const CN = TAX_PROFILES.cn_vat;

describe('China VAT (cn_vat: 13 / 9 / 6 / 0 %, inclusive, per line, half-up)', () => {
  it('¥113.00 at 13 % holds ¥13.00 of tax on ¥100.00 net', () => {
    // 11300 × 1300 / 11300 = 1300 exactly; net = 11300 − 1300 = 10000.
    const p = priced(priceCart(cart('CNY', [line(CN, 'standard', 11300)]), CN, cashIncrementMinor('CNY')));
    expect(amountsOf(p)).toEqual([[11300, 10000, 1300, 11300]]);
    expect(p).toMatchObject({ pricesIncludeTax: true, netMinor: 10000, taxMinor: 1300, totalMinor: 11300, cashRoundingMinor: 0, cashTotalMinor: 11300 });
  });

  it('a mixed basket: one row per rate, each line rounded on its own', () => {
    const p = priced(priceCart(cart('CNY', [
      // 999 × 3000 / 1000 = 2997; tax 2997 × 1300 / 11300 = 3896100 / 11300 = 344.78… → 345; net 2652
      line(CN, 'standard', 999, { quantityMilli: 3000 }),
      // 550 × 2 = 1100; tax 1100 × 900 / 10900 = 990000 / 10900 = 90.83… → 91; net 1009
      line(CN, 'reduced', 550, { quantityMilli: 2000 }),
      // 2000; tax 2000 × 600 / 10600 = 1200000 / 10600 = 113.21… → 113; net 1887
      line(CN, 'services', 2000),
      // 300 at 0 %: no tax
      line(CN, 'zero', 300),
    ]), CN, 1));
    expect(amountsOf(p)).toEqual([[2997, 2652, 345, 2997], [1100, 1009, 91, 1100], [2000, 1887, 113, 2000], [300, 300, 0, 300]]);
    // subtotal 2997 + 1100 + 2000 + 300 = 6397; tax 345 + 91 + 113 = 549; net 6397 − 549 = 5848.
    expect(p).toMatchObject({ subtotalMinor: 6397, discountMinor: 0, netMinor: 5848, taxMinor: 549, totalMinor: 6397 });
    expect(p.taxes).toEqual([
      { taxClass: 'standard', rateBp: 1300, netMinor: 2652, taxMinor: 345, totalMinor: 2997 },
      { taxClass: 'reduced', rateBp: 900, netMinor: 1009, taxMinor: 91, totalMinor: 1100 },
      { taxClass: 'services', rateBp: 600, netMinor: 1887, taxMinor: 113, totalMinor: 2000 },
      { taxClass: 'zero', rateBp: 0, netMinor: 300, taxMinor: 0, totalMinor: 300 },
    ]);
  });

  it('the same basket with 10 % off the first line and ¥5.00 off the order', () => {
    const p = priced(priceCart(cart('CNY', [
      line(CN, 'standard', 999, { quantityMilli: 3000, discount: { kind: 'percent', bp: 1000 } }),
      line(CN, 'reduced', 550, { quantityMilli: 2000 }),
      line(CN, 'services', 2000),
      line(CN, 'zero', 300),
    ], { kind: 'amount', amountMinor: 500 }), CN, 1));
    // Line discount: 2997 × 1000 / 10000 = 299.7 → 300; after it the lines are 2697, 1100, 2000, 300 (Σ 6097).
    // Order discount 500 by allocate over those: exact shares 221.17, 90.21, 164.02, 24.60 → floors
    // 221, 90, 164, 24 (Σ 499); the one unit left goes to the largest remainder (24.60) → 25.
    expect(p.lines.map((l) => [l.lineDiscountMinor, l.orderDiscountMinor])).toEqual([[300, 221], [0, 90], [0, 164], [0, 25]]);
    // Bases 2476, 1010, 1836, 275.
    // 2476 × 1300 / 11300 = 284.85 → 285; 1010 × 900 / 10900 = 83.39 → 83; 1836 × 600 / 10600 = 103.92 → 104.
    expect(amountsOf(p)).toEqual([[2997, 2191, 285, 2476], [1100, 927, 83, 1010], [2000, 1732, 104, 1836], [300, 275, 0, 275]]);
    // total 6397 − 300 − 500 = 5597; tax 285 + 83 + 104 = 472; net 5597 − 472 = 5125.
    expect(p).toMatchObject({ subtotalMinor: 6397, discountMinor: 800, netMinor: 5125, taxMinor: 472, totalMinor: 5597 });
  });
});
