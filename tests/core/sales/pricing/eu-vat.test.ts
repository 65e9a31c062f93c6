import { describe, expect, it } from 'vitest';
import { priceCart } from '../../../../electron/main/core/sales/pricing/price-cart';
import { TAX_PROFILES, type TaxProfile } from '../../../../shared/domain/sales/tax-profiles';
import { amountsOf, cart, line, priced } from './pricing-fixture';

/**
 * EU-style VAT with three rates on one receipt (France: 20 %, 10 %, 5.5 %), prices inclusive.
 * The shipped profile rounds per document: the VAT of each rate is rounded once on that rate's
 * total and allocated back to the lines. Rounded per line instead, the same receipt holds one
 * cent more VAT.
 */
const EU = TAX_PROFILES.eu_vat;
const EU_PER_LINE: TaxProfile = { ...EU, roundingLevel: 'line' };

const basket = (profile: TaxProfile) =>
  cart('EUR', [
    line(profile, 'standard', 100), // €1.00 at 20 %
    line(profile, 'standard', 100), // €1.00 at 20 %
    line(profile, 'standard', 100), // €1.00 at 20 %
    line(profile, 'super_reduced', 250), // €2.50 at 5.5 %
    line(profile, 'reduced', 440), // €4.40 at 10 %
  ]);

describe('EU VAT (eu_vat: 20 / 10 / 5.5 / 0 %, inclusive)', () => {
  it('per document: VAT per rate on the rate’s total, allocated back to the lines', () => {
    const p = priced(priceCart(basket(EU), EU, 1));
    // 20 %: 300 × 2000 / 12000 = 50 exactly; allocated over 100, 100, 100: 16.67 each → floors 16, 16, 16
    //       (Σ 48), the 2 units left go to the equal remainders lowest index first → 17, 17, 16.
    // 5.5 %: 250 × 550 / 10550 = 137500 / 10550 = 13.03 → 13; net 237.
    // 10 %: 440 × 1000 / 11000 = 40 exactly; net 400.
    expect(amountsOf(p)).toEqual([[100, 83, 17, 100], [100, 83, 17, 100], [100, 84, 16, 100], [250, 237, 13, 250], [440, 400, 40, 440]]);
    expect(p.taxes).toEqual([
      { taxClass: 'standard', rateBp: 2000, netMinor: 250, taxMinor: 50, totalMinor: 300 },
      { taxClass: 'reduced', rateBp: 1000, netMinor: 400, taxMinor: 40, totalMinor: 440 },
      { taxClass: 'super_reduced', rateBp: 550, netMinor: 237, taxMinor: 13, totalMinor: 250 },
    ]);
    // total 300 + 250 + 440 = 990; VAT 50 + 13 + 40 = 103; net 990 − 103 = 887.
    expect(p).toMatchObject({ subtotalMinor: 990, netMinor: 887, taxMinor: 103, totalMinor: 990 });
  });

  it('per line: each €1.00 at 20 % holds 100 / 6 = 16.67 → 17, so the 20 % row holds 51, one cent more', () => {
    const p = priced(priceCart(basket(EU_PER_LINE), EU_PER_LINE, 1));
    expect(amountsOf(p)).toEqual([[100, 83, 17, 100], [100, 83, 17, 100], [100, 83, 17, 100], [250, 237, 13, 250], [440, 400, 40, 440]]);
    expect(p.taxes[0]).toEqual({ taxClass: 'standard', rateBp: 2000, netMinor: 249, taxMinor: 51, totalMinor: 300 });
    // The customer pays the same 990; only the split into net and VAT moves by one cent.
    expect(p).toMatchObject({ netMinor: 886, taxMinor: 104, totalMinor: 990 });
  });

  it('a zero-rated line makes a 0 % row and no tax', () => {
    const p = priced(priceCart(cart('EUR', [line(EU, 'zero', 1999)]), EU, 1));
    expect(p.taxes).toEqual([{ taxClass: 'zero', rateBp: 0, netMinor: 1999, taxMinor: 0, totalMinor: 1999 }]);
  });
});
