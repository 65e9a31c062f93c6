import { allocate } from '../../../../../shared/domain/allocate';
import { ok, type Result } from '../../../../../shared/domain/result';
import type { TaxProfile } from '../../../../../shared/domain/sales/tax-profiles';
import { sumBig } from './amounts';
import { taxOn } from './rounding';

/** What tax is worked out on, per line: the line's amount after every discount, with its rate. */
export type TaxBase = { readonly taxClass: string; readonly rateBp: number; readonly baseMinor: number };

/** Per line: each line's tax rounded on its own. */
function taxesPerLine(bases: readonly TaxBase[], profile: TaxProfile): number[] {
  return bases.map((b) => Number(taxOn(BigInt(b.baseMinor), b.rateBp, profile.pricesIncludeTax, profile.rounding)));
}

/** Line indexes grouped by (class, rate), in the order each group first appears. */
export function groupByClassAndRate(bases: readonly { taxClass: string; rateBp: number }[]): number[][] {
  const groups = new Map<string, number[]>();
  bases.forEach((b, index) => {
    const key = `${b.taxClass}\u0000${b.rateBp}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [index]);
    else group.push(index);
  });
  return [...groups.values()];
}

/**
 * Per document: the tax of each (class, rate) is rounded once on the group's total and then
 * allocated back to its lines in proportion to their amounts, so the receipt's tax rows are the
 * rounded tax of their totals and the lines still add up to them.
 */
function taxesPerDocument(bases: readonly TaxBase[], profile: TaxProfile): Result<number[]> {
  const taxes = bases.map(() => 0);
  for (const group of groupByClassAndRate(bases)) {
    const amounts = group.map((index) => bases[index]?.baseMinor ?? 0);
    const total = sumBig(amounts);
    if (total === 0n) continue;
    const first = bases[group[0] ?? 0];
    const rateBp = first?.rateBp ?? 0;
    const tax = Number(taxOn(total, rateBp, profile.pricesIncludeTax, profile.rounding));
    const shares = allocate(tax, amounts);
    if (!shares.ok) return shares;
    group.forEach((index, at) => {
      taxes[index] = shares.value[at] ?? 0;
    });
  }
  return ok(taxes);
}

/** The tax of each line (contained in it with inclusive prices, added to it with exclusive ones). */
export function lineTaxes(bases: readonly TaxBase[], profile: TaxProfile): Result<number[]> {
  return profile.roundingLevel === 'line' ? ok(taxesPerLine(bases, profile)) : taxesPerDocument(bases, profile);
}
