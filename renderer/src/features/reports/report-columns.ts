import { formatMinor } from '../../../../shared/domain/money';
import { toCsv } from '../../components/csv';
import type { CsvValue } from '../../components/csv';
import { formatMoney, minorToDecimalString } from '../../lib/format-money';
import { formatCount } from '../../lib/format';

/**
 * One column of a report table, used twice: for the screen (formatted by Intl for the locale) and
 * for the CSV (plain decimal text from the integers the core returned, never a float). Keeping
 * both in one spec means the file always has the columns and rows the table shows.
 */
export type ColumnKind =
  /** words: a name, a SKU, a time label */
  | 'text'
  /** a whole count */
  | 'count'
  /** integer minor units of the row's currency */
  | 'money'
  /** a quantity in thousandths (1000 = one item; grams for weighed goods) */
  | 'milli'
  /** a rate in basis points (1300 = 13 %) */
  | 'rate';

export type ReportColumn<R> = {
  /** Stable snake_case name: the CSV header. */
  readonly csv: string;
  /** i18next key of the column heading on screen. */
  readonly labelKey: string;
  readonly kind: ColumnKind;
  readonly value: (row: R) => string | number | null;
  /** The CSV's text when it differs from the screen's (a stable code instead of words). */
  readonly csvText?: (row: R) => string;
};

export type ReportSpec<R> = {
  readonly columns: readonly ReportColumn<R>[];
  /** The currency a money cell of this row is in. */
  readonly currencyOf: (row: R) => string;
  /** A React key for the row. */
  readonly keyOf: (row: R) => string;
};

/** Thousandths as exact decimal text: 1500 → "1.5", 2000 → "2", 250 → "0.25". */
export function milliText(milli: number): string {
  const exact = minorToDecimalString(milli, 3);
  return exact.includes('.') ? exact.replace(/\.?0+$/, '') : exact;
}

/** Basis points as a percentage's exact decimal text: 1300 → "13", 550 → "5.5", 8875 → "88.75". */
export function rateText(bp: number): string {
  const exact = minorToDecimalString(bp, 2);
  return exact.replace(/\.?0+$/, '') || '0';
}

function csvValue(kind: ColumnKind, value: string | number | null, currency: string): CsvValue {
  if (value === null || typeof value === 'string') return value;
  if (kind === 'money') return formatMinor(value, currency);
  if (kind === 'milli') return milliText(value);
  if (kind === 'rate') return rateText(value);
  return value;
}

/** The CSV of a table: the spec's headers plus a currency column, one line per row. */
export function reportCsv<R>(spec: ReportSpec<R>, rows: readonly R[]): string {
  const money = spec.columns.some((column) => column.kind === 'money');
  const header = [...spec.columns.map((column) => column.csv), ...(money ? ['currency'] : [])];
  const lines = rows.map((row) => {
    const currency = spec.currencyOf(row);
    const cells = spec.columns.map((column) => (column.csvText === undefined ? csvValue(column.kind, column.value(row), currency) : column.csvText(row)));
    return money ? [...cells, currency] : cells;
  });
  return toCsv(header, lines);
}

/** A cell on screen: money and counts through Intl, rates as a percentage. */
export function cellText(kind: ColumnKind, value: string | number | null, currency: string, locale: string): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (kind === 'money') return formatMoney(value, currency, locale);
  if (kind === 'count') return formatCount(value, locale);
  if (kind === 'milli') return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(milliText(value) as `${number}`);
  if (kind === 'rate') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(`${rateText(value)}E-2` as `${number}`);
  return String(value);
}
