import type { ClosureCurrency, ClosureKind, ClosureTotals } from '../../../../shared/domain/records/closures';
import type { GrandTotals, PeriodTotals } from '../../../../shared/domain/records/shifts';
import { carryGrandTotals } from './shift-figures';

/** What a closure needs of one Z: its number, when it closed, its currency, its period and its over/short. */
export type ZFigures = {
  readonly zNumber: number;
  readonly closedAtMs: number;
  readonly currency: string;
  readonly period: PeriodTotals;
  readonly overShortMinor: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Gregorian calendar and Latin digits whatever the host's locale: the key is a stored format.
    f = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the zone is one Intl knows (an unknown zone would throw inside a close). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar month (`YYYY-MM`) or year (`YYYY`) an instant falls in, in a zone. */
export function periodKeyOf(kind: ClosureKind, atMs: number, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(atMs);
  const year = (parts.find((p) => p.type === 'year')?.value ?? '').padStart(4, '0');
  const month = parts.find((p) => p.type === 'month')?.value ?? '';
  return kind === 'year' ? year : `${year}-${month}`;
}

/** The period after `key`: the next month (December → January of the next year) or year. */
export function nextPeriodKey(kind: ClosureKind, key: string): string {
  const year = Number(key.slice(0, 4));
  if (kind === 'year') return String(year + 1).padStart(4, '0');
  const month = Number(key.slice(5, 7));
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${key.slice(0, 4)}-${String(month + 1).padStart(2, '0')}`;
}

/** A period may be closed once it is over: the zone's calendar is past it now. Keys of one kind sort as text. */
export function isPeriodOver(kind: ClosureKind, key: string, nowMs: number, timeZone: string): boolean {
  return periodKeyOf(kind, nowMs, timeZone) > key;
}

/**
 * How many of the Zs after the previous closure (in number order) the month takes: the longest
 * run from the first whose close falls in this month or before. A Z closed in a later month ends
 * the run, so a month never skips a Z and the next month starts right after it; a clock set back
 * only moves a Z into the month after.
 */
export function zCountInMonth(zs: readonly Pick<ZFigures, 'closedAtMs'>[], month: string, timeZone: string): number {
  let n = 0;
  while (n < zs.length && periodKeyOf('month', (zs[n] as ZFigures).closedAtMs, timeZone) <= month) n += 1;
  return n;
}

/** Code-point order: the sections and lines are signed, so their order must not depend on the host's collation. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function safe(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} left the safe-integer range`);
  return n;
}

export const ZERO_CLOSURE_TOTALS: ClosureTotals = {
  saleCount: 0, refundCount: 0, voidCount: 0, grossMinor: 0, discountMinor: 0, netMinor: 0, taxMinor: 0, totalMinor: 0, refundsMinor: 0,
  byTax: [], byTender: [],
};

/** Adds a Z's period to a running total: counts and sums, tax lines by class and rate, tender lines by kind, both sorted. */
export function addPeriod(sum: ClosureTotals, p: PeriodTotals): ClosureTotals {
  const byTax = new Map(sum.byTax.map((t) => [`${t.taxClass}\n${t.rateBp}`, t]));
  for (const t of p.byTax) {
    const key = `${t.taxClass}\n${t.rateBp}`;
    const seen = byTax.get(key);
    byTax.set(key, seen
      ? { ...seen, netMinor: safe(seen.netMinor + t.netMinor, 'tax net'), taxMinor: safe(seen.taxMinor + t.taxMinor, 'tax'), totalMinor: safe(seen.totalMinor + t.totalMinor, 'tax total') }
      : { ...t });
  }
  const byTender = new Map(sum.byTender.map((t) => [t.kind, t]));
  for (const t of p.byTender) {
    const seen = byTender.get(t.kind);
    byTender.set(t.kind, seen
      ? { kind: t.kind, salesMinor: safe(seen.salesMinor + t.salesMinor, 'tender sales'), refundsMinor: safe(seen.refundsMinor + t.refundsMinor, 'tender refunds') }
      : { ...t });
  }
  return {
    saleCount: safe(sum.saleCount + p.saleCount, 'sale count'), refundCount: safe(sum.refundCount + p.refundCount, 'refund count'),
    voidCount: safe(sum.voidCount + p.voidCount, 'void count'), grossMinor: safe(sum.grossMinor + p.grossMinor, 'gross'),
    discountMinor: safe(sum.discountMinor + p.discountMinor, 'discount'), netMinor: safe(sum.netMinor + p.netMinor, 'net'),
    taxMinor: safe(sum.taxMinor + p.taxMinor, 'tax'), totalMinor: safe(sum.totalMinor + p.totalMinor, 'total'),
    refundsMinor: safe(sum.refundsMinor + p.refundsMinor, 'refunds'),
    byTax: [...byTax.values()].sort((a, b) => byText(a.taxClass, b.taxClass) || a.rateBp - b.rateBp),
    byTender: [...byTender.values()].sort((a, b) => byText(a.kind, b.kind)),
  };
}

/**
 * A closure's sections, one per currency (sorted): every currency of the previous closure of the
 * same kind, with zero totals when this period had none of its Zs, and every currency of these Zs.
 * Grand totals carry on from the previous closure's section (none for the first), so with the Zs
 * covered in order they equal the last such Z's own.
 */
export function closureCurrencies(previous: readonly ClosureCurrency[], zs: readonly ZFigures[]): ClosureCurrency[] {
  const sections = new Map<string, { zCount: number; totals: ClosureTotals; overShortMinor: number; before: GrandTotals | null }>();
  for (const p of previous) sections.set(p.currency, { zCount: 0, totals: ZERO_CLOSURE_TOTALS, overShortMinor: 0, before: p.grandTotals });
  for (const z of zs) {
    const s = sections.get(z.currency) ?? { zCount: 0, totals: ZERO_CLOSURE_TOTALS, overShortMinor: 0, before: null };
    sections.set(z.currency, {
      zCount: s.zCount + 1, totals: addPeriod(s.totals, z.period), overShortMinor: safe(s.overShortMinor + z.overShortMinor, 'over/short'), before: s.before,
    });
  }
  return [...sections.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([currency, s]) => ({ currency, zCount: s.zCount, totals: s.totals, overShortMinor: s.overShortMinor, grandTotals: carryGrandTotals(s.before, s.totals) }));
}
