import { describe, expect, it } from 'vitest';
import { priceCart } from '../../../../electron/main/core/sales/pricing/price-cart';
import { TAX_PROFILES, taxProfileFor, type TaxProfile } from '../../../../shared/domain/sales/tax-profiles';
import { amountsOf, cart, line, priced } from './pricing-fixture';

/**
 * US-style sales tax: shelf prices exclude tax, tax = net × r / 10000, added on top. The shipped
 * example rate is 8.25 % (825 bp); the shop overrides it with its own local rate.
 */
const US = TAX_PROFILES.us_sales_tax;
const US_PER_LINE: TaxProfile = { ...US, roundingLevel: 'line' };

describe('US sales tax (us_sales_tax: 8.25 % taxable, exempt; exclusive, per document)', () => {
  it('$10.00 at 8.25 % → tax 82.5 cents, half-up 0.83, total 10.83', () => {
    // 1000 × 825 / 10000 = 82.5 → 83 (an exact half goes up).
    const p = priced(priceCart(cart('USD', [line(US, 'taxable', 1000)]), US, 1));
    expect(amountsOf(p)).toEqual([[1000, 1000, 83, 1083]]);
    expect(p).toMatchObject({ pricesIncludeTax: false, subtotalMinor: 1000, netMinor: 1000, taxMinor: 83, totalMinor: 1083 });
  });

  it('a basket where the ticket total and the lines round differently', () => {
    const lines = (profile: TaxProfile) => [
      line(profile, 'taxable', 99), // $0.99
      line(profile, 'taxable', 99), // $0.99
      line(profile, 'taxable', 99), // $0.99
      line(profile, 'exempt', 500), // $5.00, e.g. groceries
    ];
    // Per document: 297 × 825 / 10000 = 24.5025 → 25, allocated over 99, 99, 99 (8.33 each → 8, 8, 8,
    // the unit left to the first of the equal remainders) → 9, 8, 8.
    const doc = priced(priceCart(cart('USD', lines(US)), US, 1));
    expect(amountsOf(doc)).toEqual([[99, 99, 9, 108], [99, 99, 8, 107], [99, 99, 8, 107], [500, 500, 0, 500]]);
    expect(doc.taxes).toEqual([
      { taxClass: 'taxable', rateBp: 825, netMinor: 297, taxMinor: 25, totalMinor: 322 },
      { taxClass: 'exempt', rateBp: 0, netMinor: 500, taxMinor: 0, totalMinor: 500 },
    ]);
    // net 297 + 500 = 797; tax 25; total 822.
    expect(doc).toMatchObject({ netMinor: 797, taxMinor: 25, totalMinor: 822 });

    // Per line: 99 × 825 / 10000 = 8.1675 → 8 on each line: 24, one cent less than on the ticket total.
    const perLine = priced(priceCart(cart('USD', lines(US_PER_LINE)), US_PER_LINE, 1));
    expect(perLine.lines.map((l) => l.taxMinor)).toEqual([8, 8, 8, 0]);
    expect(perLine).toMatchObject({ netMinor: 797, taxMinor: 24, totalMinor: 821 });
  });

  it('the shop’s own rate replaces the example (here 10.25 %)', () => {
    const chicago = taxProfileFor('us_sales_tax', [{ taxClass: 'taxable', rateBp: 1025 }]);
    // 1999 × 1025 / 10000 = 204.8975 → 205.
    const p = priced(priceCart(cart('USD', [line(chicago, 'taxable', 1999)]), chicago, 1));
    expect(amountsOf(p)).toEqual([[1999, 1999, 205, 2204]]);
    expect(p.taxes[0]?.rateBp).toBe(1025);
  });

  it('a discount lowers the taxable amount before the tax is added', () => {
    // 2000 − 25 % (500) = 1500; tax 1500 × 825 / 10000 = 123.75 → 124.
    const p = priced(priceCart(cart('USD', [line(US, 'taxable', 2000, { discount: { kind: 'percent', bp: 2500 } })]), US, 1));
    expect(amountsOf(p)).toEqual([[2000, 1500, 124, 1624]]);
    expect(p).toMatchObject({ discountMinor: 500, totalMinor: 1624 });
  });
});
