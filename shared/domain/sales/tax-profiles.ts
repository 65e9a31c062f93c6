import { z } from '../zod';

/**
 * Tax profiles of the shops we serve. A profile says whether shelf prices include tax, how tax
 * is rounded (half-up or half-even, to the minor unit) and where (on each line, or once per
 * (class, rate) on the document and then allocated back to the lines), and which tax classes
 * exist with their rates in basis points (1300 = 13 %). Products carry a class code, never a
 * rate, so a rate change is one setting.
 */

export const TAX_PROFILE_IDS = ['cn_vat', 'eu_vat', 'us_sales_tax'] as const;
export type TaxProfileId = (typeof TAX_PROFILE_IDS)[number];
export const taxProfileId = z.enum(TAX_PROFILE_IDS);

export const TAX_ROUNDING_MODES = ['half_up', 'half_even'] as const;
export type TaxRounding = (typeof TAX_ROUNDING_MODES)[number];
export const TAX_ROUNDING_LEVELS = ['line', 'document'] as const;
export type TaxRoundingLevel = (typeof TAX_ROUNDING_LEVELS)[number];

/** 10000 bp = 100 %: no shop we serve taxes above that, and it keeps every product far from overflow. */
export const TAX_RATE_BP_MAX = 10_000;
export const TAX_CLASS_CHARS_MAX = 32;
/** A tax class code as products and receipts store it: lower-case ASCII, e.g. 'standard'. */
export const taxClassCode = z
  .string()
  .max(TAX_CLASS_CHARS_MAX)
  .regex(/^[a-z][a-z0-9_]{0,31}$/);
export const taxRateBp = z.int().min(0).max(TAX_RATE_BP_MAX);

export type TaxClass = { readonly code: string; readonly rateBp: number };

export type TaxProfile = {
  readonly id: TaxProfileId;
  readonly pricesIncludeTax: boolean;
  readonly rounding: TaxRounding;
  readonly roundingLevel: TaxRoundingLevel;
  readonly classes: readonly TaxClass[];
};

/**
 * China: fapiao-style VAT, prices include tax, tax worked out and rounded on each line.
 * EU: prices include VAT; the receipt's VAT per rate is computed on the rate's total (the usual
 * till practice, e.g. Germany's and France's receipts), then allocated back to the lines.
 * US: shelf prices exclude sales tax, which is computed on the taxable total of the ticket;
 * 8.25 % (825 bp, e.g. Houston, Texas) is an example local rate that a shop overrides with its own.
 * Rates are whole basis points, so a three-decimal rate such as New York City's 8.875 % cannot be
 * expressed yet (it would need a finer unit everywhere a rate is stored).
 */
export const TAX_PROFILES: Readonly<Record<TaxProfileId, TaxProfile>> = {
  cn_vat: {
    id: 'cn_vat',
    pricesIncludeTax: true,
    rounding: 'half_up',
    roundingLevel: 'line',
    classes: [
      { code: 'standard', rateBp: 1300 },
      { code: 'reduced', rateBp: 900 },
      { code: 'services', rateBp: 600 },
      { code: 'zero', rateBp: 0 },
    ],
  },
  eu_vat: {
    id: 'eu_vat',
    pricesIncludeTax: true,
    rounding: 'half_up',
    roundingLevel: 'document',
    classes: [
      { code: 'standard', rateBp: 2000 },
      { code: 'reduced', rateBp: 1000 },
      { code: 'super_reduced', rateBp: 550 },
      { code: 'zero', rateBp: 0 },
    ],
  },
  us_sales_tax: {
    id: 'us_sales_tax',
    pricesIncludeTax: false,
    rounding: 'half_up',
    roundingLevel: 'document',
    classes: [
      { code: 'taxable', rateBp: 825 },
      { code: 'exempt', rateBp: 0 },
    ],
  },
};

/** The most overrides a shop can set: one per class of the largest profile, with room to spare. */
export const TAX_RATE_OVERRIDES_MAX = 8;
/** A shop's own rate for one class of its profile (e.g. its local US sales tax rate). */
export const taxRateOverride = z.strictObject({ taxClass: taxClassCode, rateBp: taxRateBp });
export type TaxRateOverride = z.infer<typeof taxRateOverride>;
export const taxRateOverrides = z
  .array(taxRateOverride)
  .max(TAX_RATE_OVERRIDES_MAX)
  .refine((list) => new Set(list.map((o) => o.taxClass)).size === list.length, 'one override per tax class');

/** The classes an override list names that the profile does not have (settings refuse them). */
export function unknownOverrideClasses(id: TaxProfileId, overrides: readonly TaxRateOverride[]): string[] {
  const known = new Set(TAX_PROFILES[id].classes.map((c) => c.code));
  return overrides.filter((o) => !known.has(o.taxClass)).map((o) => o.taxClass);
}

/**
 * The profile with the shop's rate overrides applied. An override for a class the profile does
 * not have is skipped here: settings refuse to store one (`unknownOverrideClasses`).
 */
export function taxProfileFor(id: TaxProfileId, rateOverrides: readonly TaxRateOverride[] = []): TaxProfile {
  const base = TAX_PROFILES[id];
  const rates = new Map(rateOverrides.map((o) => [o.taxClass, o.rateBp]));
  return { ...base, classes: base.classes.map((c) => ({ code: c.code, rateBp: rates.get(c.code) ?? c.rateBp })) };
}

/** The rate of a class in a profile; undefined for a class the profile does not have. */
export function taxRateFor(profile: TaxProfile, taxClass: string): number | undefined {
  return profile.classes.find((c) => c.code === taxClass)?.rateBp;
}

/** Which profile a new shop starts with, by its base currency. */
export function defaultTaxProfileId(currency: string | null): TaxProfileId {
  if (currency === 'CNY') return 'cn_vat';
  if (currency === 'USD') return 'us_sales_tax';
  return 'eu_vat';
}
