import { describe, expect, it } from 'vitest';
import { priceCart } from '../../../../electron/main/core/sales/pricing/price-cart';
import { AMOUNT_MINOR_MAX } from '../../../../shared/domain/limits';
import { TAX_PROFILES } from '../../../../shared/domain/sales/tax-profiles';
import { cart, expectError, line, priced } from './pricing-fixture';

const EU = TAX_PROFILES.eu_vat;
const US = TAX_PROFILES.us_sales_tax;

describe('priceCart refusals', () => {
  it('discount_exceeds_amount: an amount discount above its line', () => {
    expectError(priceCart(cart('EUR', [line(EU, 'standard', 500, { discount: { kind: 'amount', amountMinor: 501 } })]), EU, 1), 'discount_exceeds_amount');
  });

  it('a discount equal to its line makes the line free, never negative', () => {
    const p = priced(priceCart(cart('EUR', [line(EU, 'standard', 500, { discount: { kind: 'amount', amountMinor: 500 } })]), EU, 1));
    expect(p.lines[0]).toMatchObject({ grossMinor: 500, lineDiscountMinor: 500, netMinor: 0, taxMinor: 0, totalMinor: 0 });
    // 100 % off works the same way.
    const all = priced(priceCart(cart('EUR', [line(EU, 'standard', 500)], { kind: 'percent', bp: 10_000 }), EU, 1));
    expect(all).toMatchObject({ totalMinor: 0, discountMinor: 500 });
  });

  it('discount_exceeds_amount: an order discount above the lines after their own discounts', () => {
    // 500 − 100 = 400 left on the line, so 401 off the order is too much (and 400 is not).
    const lines = () => [line(EU, 'standard', 500, { discount: { kind: 'amount', amountMinor: 100 } })];
    expectError(priceCart(cart('EUR', lines(), { kind: 'amount', amountMinor: 401 }), EU, 1), 'discount_exceeds_amount');
    expect(priced(priceCart(cart('EUR', lines(), { kind: 'amount', amountMinor: 400 }), EU, 1)).totalMinor).toBe(0);
    expectError(priceCart(cart('EUR', [], { kind: 'amount', amountMinor: 1 }), EU, 1), 'discount_exceeds_amount');
  });

  it('unknown_tax_class: a class the profile does not have', () => {
    const foreign = { ...line(EU, 'standard', 100), taxClass: 'taxable' };
    expectError(priceCart(cart('EUR', [foreign]), EU, 1), 'unknown_tax_class');
  });

  it('amount_overflow: a line, a subtotal or a taxed total beyond the largest amount', () => {
    // 10^11 × 2.000 = 2 × 10^11 > AMOUNT_MINOR_MAX (10^11); in floats the product of the largest
    // price and quantity (10^20) would not even be exact.
    expectError(priceCart(cart('USD', [line(US, 'exempt', AMOUNT_MINOR_MAX, { quantityMilli: 2000 })]), US, 1), 'amount_overflow');
    expectError(priceCart(cart('USD', [line(US, 'exempt', AMOUNT_MINOR_MAX, { quantityMilli: 1_000_000_000 })]), US, 1), 'amount_overflow');
    expectError(priceCart(cart('USD', [line(US, 'exempt', AMOUNT_MINOR_MAX), line(US, 'exempt', 1)]), US, 1), 'amount_overflow');
    // Exactly the largest amount is fine; the same net with tax on top is not.
    expect(priced(priceCart(cart('USD', [line(US, 'exempt', AMOUNT_MINOR_MAX)]), US, 1)).totalMinor).toBe(AMOUNT_MINOR_MAX);
    expectError(priceCart(cart('USD', [line(US, 'taxable', AMOUNT_MINOR_MAX)]), US, 1), 'amount_overflow');
  });

  it('invalid_input / invalid_amount for values the contract would never let through', () => {
    expectError(priceCart(cart('EUR', [{ ...line(EU, 'standard', 100), quantityMilli: 0 }]), EU, 1), 'invalid_input');
    expectError(priceCart(cart('EUR', [{ ...line(EU, 'standard', 100), taxRateBp: 10_001 }]), EU, 1), 'invalid_input');
    expectError(priceCart(cart('EUR', [{ ...line(EU, 'standard', 100), unitPriceMinor: 1.5 }]), EU, 1), 'invalid_amount');
    expectError(priceCart(cart('EUR', [line(EU, 'standard', 100, { discount: { kind: 'percent', bp: 0 } })]), EU, 1), 'invalid_input');
    expectError(priceCart(cart('EUR', [line(EU, 'standard', 100)]), EU, 0), 'invalid_input');
  });

  it('an empty cart prices to zero', () => {
    expect(priced(priceCart(cart('EUR', []), EU, 5))).toMatchObject({ lines: [], taxes: [], totalMinor: 0, cashTotalMinor: 0 });
  });
});
