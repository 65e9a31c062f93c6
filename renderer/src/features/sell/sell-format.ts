import { useTranslation } from 'react-i18next';

import { formatMoney, minorToDecimalString } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';

/** "2", "1.25": thousandths as an exact decimal, trailing zeros dropped (never a float). */
export function quantityText(quantityMilli: number): string {
  const exact = minorToDecimalString(quantityMilli, 3);
  return exact.replace(/\.?0+$/, '');
}

/** "13%", "5.5%": basis points as an exact percentage. */
export function rateText(rateBp: number): string {
  return `${minorToDecimalString(rateBp, 2).replace(/\.?0+$/, '')}%`;
}

/** Formats amounts the core computed, in the screen's language. */
export function useMoney(): (amountMinor: number, currency: string) => string {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (amountMinor, currency) => formatMoney(amountMinor, currency, locale);
}
