import { describe, expect, it } from 'vitest';
import { priceCart } from '../../../../electron/main/core/sales/pricing/price-cart';
import { cashIncrementMinor } from '../../../../shared/domain/sales/cash-rounding';
import { TAX_PROFILES, taxProfileFor } from '../../../../shared/domain/sales/tax-profiles';
import { amountsOf, cart, line, priced } from './pricing-fixture';

/** Switzerland: VAT 8.1 % inclusive (the EU-style profile with the standard rate overridden), CHF cash in 0.05. */
const CH = taxProfileFor('eu_vat', [{ taxClass: 'standard', rateBp: 810 }]);
const chf = (totalMinor: number) => priced(priceCart(cart('CHF', [line(CH, 'standard', totalMinor)]), CH, cashIncrementMinor('CHF')));

describe('cash rounding (reported beside the total, never in it)', () => {
  it('CHF 10.02 → 10.00 and 10.03 → 10.05; 10.07 → 10.05, 10.08 → 10.10', () => {
    expect(cashIncrementMinor('CHF')).toBe(5);
    // Nearest multiple of 5 Rappen: 1002 → 1000 (−2), 1003 → 1005 (+2), 1007 → 1005 (−2), 1008 → 1010 (+2).
    expect([1002, 1003, 1007, 1008].map((t) => [chf(t).cashTotalMinor, chf(t).cashRoundingMinor])).toEqual([
      [1000, -2], [1005, 2], [1005, -2], [1010, 2],
    ]);
    // 10.025 would be the exact half between 10.00 and 10.05, but no cash amount has half a Rappen.
  });

  it('the VAT and the total do not move with the cash rounding', () => {
    // 1003 × 810 / 10810 = 812430 / 10810 = 75.16 → 75; net 928.
    const p = chf(1003);
    expect(amountsOf(p)).toEqual([[1003, 928, 75, 1003]]);
    expect(p).toMatchObject({ totalMinor: 1003, taxMinor: 75, cashRoundingMinor: 2, cashTotalMinor: 1005 });
  });

  it('an even increment has exact halves, which go up: NZD 10.05 → 10.10', () => {
    const nz = TAX_PROFILES.eu_vat;
    const p = priced(priceCart(cart('NZD', [line(nz, 'zero', 1005)]), nz, cashIncrementMinor('NZD')));
    expect(p).toMatchObject({ totalMinor: 1005, cashRoundingMinor: 5, cashTotalMinor: 1010 });
  });

  it('currencies without cash rounding: the cash total is the total', () => {
    const eu = TAX_PROFILES.eu_vat;
    const p = priced(priceCart(cart('EUR', [line(eu, 'standard', 1003)]), eu, cashIncrementMinor('EUR')));
    expect(p).toMatchObject({ totalMinor: 1003, cashRoundingMinor: 0, cashTotalMinor: 1003 });
  });
});

describe('weighed goods (quantities in thousandths: grams of a per-kg price)', () => {
  const CN = TAX_PROFILES.cn_vat;

  it('1.234 kg × ¥12.99/kg = ¥16.03', () => {
    // 1299 × 1234 / 1000 = 1602966 / 1000 = 1602.966 → 1603.
    // Reduced 9 %: 1603 × 900 / 10900 = 1442700 / 10900 = 132.36 → 132; net 1471.
    const p = priced(priceCart(cart('CNY', [line(CN, 'reduced', 1299, { quantityMilli: 1234 })]), CN, 1));
    expect(amountsOf(p)).toEqual([[1603, 1471, 132, 1603]]);
    expect(p.lines[0]).toMatchObject({ quantityMilli: 1234, unitPriceMinor: 1299 });
  });

  it('an exact half cent rounds up: 0.500 kg × ¥0.99/kg = 49.5 → ¥0.50', () => {
    const p = priced(priceCart(cart('CNY', [line(CN, 'zero', 99, { quantityMilli: 500 })]), CN, 1));
    expect(p.subtotalMinor).toBe(50);
  });

  it('a few grams of something cheap can be zero', () => {
    // 1 g × ¥0.49/kg: 49 / 1000 = 0.049 → 0.
    const p = priced(priceCart(cart('CNY', [line(CN, 'zero', 49, { quantityMilli: 1 })]), CN, 1));
    expect(p).toMatchObject({ subtotalMinor: 0, totalMinor: 0, taxMinor: 0 });
  });
});
