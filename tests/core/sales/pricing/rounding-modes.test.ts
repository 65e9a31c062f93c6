import { describe, expect, it } from 'vitest';
import { priceCart } from '../../../../electron/main/core/sales/pricing/price-cart';
import { divideRounded } from '../../../../electron/main/core/sales/pricing/rounding';
import { TAX_PROFILES, type TaxProfile } from '../../../../shared/domain/sales/tax-profiles';
import { cart, line, priced } from './pricing-fixture';

const US = TAX_PROFILES.us_sales_tax;
const US_EVEN: TaxProfile = { ...US, rounding: 'half_even' };
const EU_EVEN: TaxProfile = { ...TAX_PROFILES.eu_vat, rounding: 'half_even', roundingLevel: 'line' };

const taxOf = (profile: TaxProfile, currency: string, taxClass: string, unitPriceMinor: number): number =>
  priced(priceCart(cart(currency, [line(profile, taxClass, unitPriceMinor)]), profile, 1)).taxMinor;

describe('half-up and half-even on an exact half', () => {
  it('82.5 cents: half-up 83, half-even 82 (the even neighbour)', () => {
    // $10.00 at 8.25 %: 1000 × 825 / 10000 = 82.5.
    expect(taxOf(US, 'USD', 'taxable', 1000)).toBe(83);
    expect(taxOf(US_EVEN, 'USD', 'taxable', 1000)).toBe(82);
  });

  it('49.5 cents: both give 50 (half-even goes up from the odd 49)', () => {
    // $6.00 at 8.25 %: 600 × 825 / 10000 = 49.5.
    expect(taxOf(US, 'USD', 'taxable', 600)).toBe(50);
    expect(taxOf(US_EVEN, 'USD', 'taxable', 600)).toBe(50);
  });

  it('inclusive 20 %: 15 cents hold 15 / 6 = 2.5 → half-even 2, 21 cents hold 3.5 → 4', () => {
    expect(taxOf(EU_EVEN, 'EUR', 'standard', 15)).toBe(2);
    expect(taxOf(EU_EVEN, 'EUR', 'standard', 21)).toBe(4);
    expect(taxOf({ ...EU_EVEN, rounding: 'half_up' }, 'EUR', 'standard', 15)).toBe(3);
  });

  it('a discount percentage always rounds half-up, whatever the tax mode', () => {
    // 1000 × 25 bp / 10000 = 2.5 → 3 under both tax modes.
    const p = priced(priceCart(cart('USD', [line(US_EVEN, 'exempt', 1000, { discount: { kind: 'percent', bp: 25 } })]), US_EVEN, 1));
    expect(p.lines[0]?.lineDiscountMinor).toBe(3);
  });

  it('divideRounded: below, at and above the half, both signs', () => {
    expect([5n, 15n, 25n, 35n].map((n) => divideRounded(n, 10n, 'half_even'))).toEqual([0n, 2n, 2n, 4n]);
    expect([5n, 15n, 25n, 35n].map((n) => divideRounded(n, 10n, 'half_up'))).toEqual([1n, 2n, 3n, 4n]);
    expect([-5n, -15n, -14n, -16n].map((n) => divideRounded(n, 10n, 'half_up'))).toEqual([-1n, -2n, -1n, -2n]);
    expect(divideRounded(-25n, 10n, 'half_even')).toBe(-2n);
    expect(() => divideRounded(1n, 0n, 'half_up')).toThrow(RangeError);
  });
});
