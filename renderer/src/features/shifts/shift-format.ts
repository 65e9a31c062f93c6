import type { TFunction } from 'i18next';

import { formatMoney } from '../../lib/format-money';

/** A long hex string in short form for people: the first and last eight characters. */
export function shortHex(hex: string): string {
  return hex.length <= 20 ? hex : `${hex.slice(0, 8)}…${hex.slice(-8)}`;
}

/** Over, short or even, in words with the amount (colour is never the only signal). */
export function differenceWords(differenceMinor: number, currency: string, locale: string, t: TFunction): string {
  if (differenceMinor === 0) return t('shifts:closeFlow.even');
  const amount = formatMoney(Math.abs(differenceMinor), currency, locale);
  return differenceMinor > 0 ? t('shifts:closeFlow.over', { amount }) : t('shifts:closeFlow.short', { amount });
}

/** A closure's period for people: the month or year in the locale's words ("November 2026", "2026年11月"). */
export function periodLabel(period: string, locale: string): string {
  const year = Number(period.slice(0, 4));
  if (period.length === 4) return new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, 6, 1));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, Number(period.slice(5, 7)) - 1, 15));
}
