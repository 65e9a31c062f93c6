import { addDays, format, isValid, parse, startOfDay, subDays } from 'date-fns';

/** A range of whole local days as the date fields hold them ("2026-12-03"), both ends included. */
export type DayRange = { readonly from: string; readonly to: string };

const DAY = 'yyyy-MM-dd';

/** The default: the last seven days, today included (ui: a week at a glance). */
export function lastDays(days: number, nowMs: number): DayRange {
  const today = startOfDay(nowMs);
  return { from: format(subDays(today, days - 1), DAY), to: format(today, DAY) };
}

/** A date field's text as the local midnight it names; null for anything else. */
function dayStart(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const parsed = parse(day, DAY, new Date(0));
  return isValid(parsed) ? parsed : null;
}

/**
 * The range as the core's half-open interval [fromMs, toMs): from the first day's local midnight
 * to the midnight after the last day. Null when a field is not a date or the range runs backwards.
 */
export function rangeMs(range: DayRange): { fromMs: number; toMs: number } | null {
  const from = dayStart(range.from);
  const to = dayStart(range.to);
  if (from === null || to === null || to < from) return null;
  return { fromMs: from.getTime(), toMs: addDays(to, 1).getTime() };
}

/** File names say which days they cover ("sales-by-product_2026-11-27_2026-12-03.csv"). */
export function rangeFileName(what: string, range: DayRange): string {
  return `${what}_${range.from}_${range.to}.csv`;
}
