/** Dates, counts and durations for the UI, all through Intl for the current locale. */

export function formatDateTime(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(ms);
}

export function formatTime(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(ms);
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

export function formatMilliseconds(ms: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short' }).format(ms);
}

/** A duration picked in the largest sensible unit: 850 ms, 12.5 s, 3.2 min. */
export function formatDuration(ms: number, locale: string): string {
  if (ms < 1000) return formatMilliseconds(ms, locale);
  const seconds = ms / 1000;
  if (seconds < 120) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', maximumFractionDigits: 1 }).format(seconds);
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', maximumFractionDigits: 1 }).format(seconds / 60);
}

/** A countdown as m:ss (or h:mm:ss), rounded up so it never shows 0:00 before the end. */
export function formatCountdown(remainingMs: number): string {
  const total = Math.max(0, Math.ceil(remainingMs / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${minutes}:${ss}`;
}
