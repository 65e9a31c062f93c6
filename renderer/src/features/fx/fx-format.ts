/** A fee in basis points as a percentage for the locale (150 → "1.5%"); display only, never booked. */
export function formatBps(bps: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bps / 10_000);
}

/** Hours a rate stays usable, as typed in the form, to the contract's milliseconds. */
export function hoursToMs(hours: number): number {
  return Math.round(hours * 3_600_000);
}

/** How old a rate may get, in hours from an hour up ("24 hr", "24小时"), else in minutes. */
export function formatMaxAge(ms: number, locale: string): string {
  const hours = ms / 3_600_000;
  if (hours >= 1) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', maximumFractionDigits: 1 }).format(hours);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', maximumFractionDigits: 0 }).format(ms / 60_000);
}
