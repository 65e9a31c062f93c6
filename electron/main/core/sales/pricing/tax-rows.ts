import type { PricedLine, PricedTax } from '../../../../../shared/domain/sales/priced-cart';
import { groupByClassAndRate } from './taxes';

const sum = (lines: readonly PricedLine[], pick: (line: PricedLine) => number): number =>
  lines.reduce((total, line) => total + pick(line), 0);

/**
 * One row per (class, rate) with the sums of its lines, highest rate first (then by class), as a
 * receipt prints them. Built from the lines, so the rows add up to the document by construction;
 * with per-document rounding each row's tax is the rounded tax of its total (see taxes.ts).
 */
export function taxRows(lines: readonly PricedLine[]): PricedTax[] {
  const rows = groupByClassAndRate(lines.map((l) => ({ taxClass: l.taxClass, rateBp: l.taxRateBp }))).map((group) => {
    const members = group.flatMap((index) => (lines[index] === undefined ? [] : [lines[index]]));
    const first = members[0];
    return {
      taxClass: first?.taxClass ?? '',
      rateBp: first?.taxRateBp ?? 0,
      netMinor: sum(members, (l) => l.netMinor),
      taxMinor: sum(members, (l) => l.taxMinor),
      totalMinor: sum(members, (l) => l.totalMinor),
    };
  });
  return rows.sort((a, b) => b.rateBp - a.rateBp || (a.taxClass < b.taxClass ? -1 : a.taxClass > b.taxClass ? 1 : 0));
}
