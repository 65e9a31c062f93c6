import { describe, expect, it } from 'vitest';
import {
  TAX_PROFILES, defaultTaxProfileId, taxProfileFor, taxRateFor, taxRateOverrides, unknownOverrideClasses,
} from '../../../../../shared/domain/sales/tax-profiles';

describe('tax profiles', () => {
  it('ship the rates of the shops we serve, in basis points', () => {
    const rates = (id: keyof typeof TAX_PROFILES) => Object.fromEntries(TAX_PROFILES[id].classes.map((c) => [c.code, c.rateBp]));
    expect(rates('cn_vat')).toEqual({ standard: 1300, reduced: 900, services: 600, zero: 0 });
    expect(rates('eu_vat')).toEqual({ standard: 2000, reduced: 1000, super_reduced: 550, zero: 0 });
    expect(rates('us_sales_tax')).toEqual({ taxable: 825, exempt: 0 });
    expect([TAX_PROFILES.cn_vat.pricesIncludeTax, TAX_PROFILES.eu_vat.pricesIncludeTax, TAX_PROFILES.us_sales_tax.pricesIncludeTax]).toEqual([true, true, false]);
  });

  it('taxProfileFor applies overrides to their class only and leaves the shipped profile alone', () => {
    const p = taxProfileFor('us_sales_tax', [{ taxClass: 'taxable', rateBp: 1025 }]);
    expect(taxRateFor(p, 'taxable')).toBe(1025);
    expect(taxRateFor(p, 'exempt')).toBe(0);
    expect(taxRateFor(TAX_PROFILES.us_sales_tax, 'taxable')).toBe(825);
    expect(taxRateFor(p, 'standard')).toBeUndefined();
  });

  it('names override classes the profile does not have', () => {
    expect(unknownOverrideClasses('cn_vat', [{ taxClass: 'standard', rateBp: 1 }, { taxClass: 'taxable', rateBp: 1 }])).toEqual(['taxable']);
  });

  it('bounds overrides: a class once, a rate 0–10000 bp', () => {
    expect(taxRateOverrides.safeParse([{ taxClass: 'standard', rateBp: 810 }]).success).toBe(true);
    expect(taxRateOverrides.safeParse([{ taxClass: 'standard', rateBp: 810 }, { taxClass: 'standard', rateBp: 800 }]).success).toBe(false);
    expect(taxRateOverrides.safeParse([{ taxClass: 'standard', rateBp: 10_001 }]).success).toBe(false);
    expect(taxRateOverrides.safeParse([{ taxClass: 'Standard', rateBp: 1 }]).success).toBe(false);
  });

  it('defaults by the base currency', () => {
    expect([defaultTaxProfileId('CNY'), defaultTaxProfileId('USD'), defaultTaxProfileId('EUR'), defaultTaxProfileId(null)])
      .toEqual(['cn_vat', 'us_sales_tax', 'eu_vat', 'eu_vat']);
  });
});
