import { minorToDecimalString } from '../../lib/format-money';

/** A quantity in thousandths as the customer reads it: `3` for three items, `0.275` for 275 g. */
export function formatQuantity(quantityMilli: number, locale: string): string {
  const decimal = Number(minorToDecimalString(quantityMilli, 3));
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(decimal);
}
