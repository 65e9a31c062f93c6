import { formatMinor } from '../../../../shared/domain/money';

/**
 * Plain, locale-free figures for printed receipts. Amounts come from integer minor units through
 * the currency's exponent (`formatMinor`, string arithmetic, never a float); the printer has no
 * Intl grouping to rely on, and a fixed form reads the same on every till.
 */
export function amountText(amountMinor: number, currency: string): string {
  return formatMinor(amountMinor, currency);
}

/** A discount or anything taken off: a leading minus, never parentheses alone. */
export function negativeAmountText(amountMinor: number, currency: string): string {
  return formatMinor(-amountMinor, currency);
}

/** Thousandths as a decimal without trailing zeros: 1000 → '1', 355 → '0.355', 1250 → '1.25'. */
export function quantityText(quantityMilli: number): string {
  const whole = Math.trunc(quantityMilli / 1000);
  const fraction = (quantityMilli % 1000).toString().padStart(3, '0').replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}

/** Basis points as a percentage without trailing zeros: 1300 → '13%', 550 → '5.5%', 1025 → '10.25%'. */
export function rateText(rateBp: number): string {
  const whole = Math.trunc(rateBp / 100);
  const fraction = (rateBp % 100).toString().padStart(2, '0').replace(/0+$/, '');
  return fraction === '' ? `${whole}%` : `${whole}.${fraction}%`;
}

/**
 * 'YYYY-MM-DD HH:mm' in the given IANA time zone. The zone is a parameter (the till's zone,
 * passed in by the use case) so a layout is a pure function of its inputs.
 */
export function dateTimeText(atMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(atMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
