import {
  TAX_PROFILES, TAX_RATE_BP_MAX, type TaxProfileId, type TaxRateOverride,
} from '../../../../shared/domain/sales/tax-profiles';

/** Rates as typed: a percentage with at most two decimals (one basis point), e.g. "13", "8.25". */
const PERCENT = /^([0-9]{1,3})(?:\.([0-9]{1,2}))?$/;

/** 1300 → "13", 825 → "8.25", 550 → "5.5": the exact percentage, no trailing zeros. */
export function percentText(rateBp: number): string {
  const whole = Math.trunc(rateBp / 100);
  const fraction = (rateBp % 100).toString().padStart(2, '0').replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}

/** "8.25" → 825; null for anything that is not 0–100 % in whole basis points. */
export function rateBpOf(text: string): number | null {
  const match = PERCENT.exec(text.trim());
  if (match === null) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= TAX_RATE_BP_MAX ? bp : null;
}

/** The rate text of each class of a profile, overrides applied. */
export function ratesFor(id: TaxProfileId, overrides: readonly TaxRateOverride[]): Record<string, string> {
  const own = new Map(overrides.map((o) => [o.taxClass, o.rateBp]));
  return Object.fromEntries(TAX_PROFILES[id].classes.map((c) => [c.code, percentText(own.get(c.code) ?? c.rateBp)]));
}

/** The classes whose typed rate is not a valid percentage. */
export function invalidRates(rates: Readonly<Record<string, string>>): string[] {
  return Object.entries(rates).filter(([, text]) => rateBpOf(text) === null).map(([code]) => code);
}

/** The rates that differ from the shipped profile, in the profile's class order: what settings store. */
export function overridesOf(id: TaxProfileId, rates: Readonly<Record<string, string>>): TaxRateOverride[] {
  return TAX_PROFILES[id].classes.flatMap((c) => {
    const bp = rateBpOf(rates[c.code] ?? '');
    return bp === null || bp === c.rateBp ? [] : [{ taxClass: c.code, rateBp: bp }];
  });
}

/** Two override lists say the same, whatever their order. */
export function sameOverrides(a: readonly TaxRateOverride[], b: readonly TaxRateOverride[]): boolean {
  const key = (list: readonly TaxRateOverride[]) =>
    JSON.stringify([...list].sort((x, y) => (x.taxClass < y.taxClass ? -1 : 1)).map((o) => [o.taxClass, o.rateBp]));
  return key(a) === key(b);
}
