import type { TFunction } from 'i18next';

import type { ReportColumn, ReportSpec } from './report-columns';
import type { SalesReport, SalesRow, StoredValueRow, TaxRow } from './reports.store';
import type { ChartPoint } from './ReportChart';

const col = <R>(csv: string, labelKey: string, kind: ReportColumn<R>['kind'], value: ReportColumn<R>['value']): ReportColumn<R> => ({ csv, labelKey, kind, value });

const salesKey = (row: SalesRow) => `${row.currency}:${row.key}`;
const salesCurrency = (row: SalesRow) => row.currency;

/** Money and count columns every sales grouping shows after its first column. */
function salesFigures(): ReportColumn<SalesRow>[] {
  return [
    col('sale_count', 'reports:col.saleCount', 'count', (r) => r.saleCount),
    col('refund_count', 'reports:col.refundCount', 'count', (r) => r.refundCount),
    col('sales', 'reports:col.sales', 'money', (r) => r.salesMinor),
    col('refunds', 'reports:col.refunds', 'money', (r) => r.refundsMinor),
    col('total', 'reports:col.total', 'money', (r) => r.totalMinor),
  ];
}

/** A bucket's start in the core's time zone: "Thu 3 Dec" for days, "3 Dec 14:00" for hours. */
export function bucketLabel(row: SalesRow, group: 'hour' | 'day', timeZone: string, locale: string): string {
  if (row.bucketStartMs === null) return row.label;
  const options: Intl.DateTimeFormatOptions = group === 'day'
    ? { weekday: 'short', month: 'short', day: 'numeric' }
    : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(row.bucketStartMs);
  } catch {
    return row.label; // a zone this browser does not know: the core's own label
  }
}

/** The time groupings: the bucket label, the counts, the money, net and tax. */
export function timeSpec(group: 'hour' | 'day', timeZone: string, locale: string): ReportSpec<SalesRow> {
  const columns: ReportColumn<SalesRow>[] = [
    { ...col<SalesRow>(group, `reports:col.${group}`, 'text', (r) => bucketLabel(r, group, timeZone, locale)), csvText: (r) => r.key },
    ...salesFigures(),
    col('net', 'reports:col.net', 'money', (r) => r.netMinor),
    col('tax', 'reports:col.tax', 'money', (r) => r.taxMinor),
  ];
  return { columns, currencyOf: salesCurrency, keyOf: salesKey };
}

/** Products and categories: the name, the quantity, the counts and money. */
export function itemSpec(group: 'product' | 'category'): ReportSpec<SalesRow> {
  return {
    columns: [
      col(group, `reports:col.${group}`, 'text', (r) => r.label),
      col('quantity', 'reports:col.quantity', 'milli', (r) => r.quantityMilli),
      ...salesFigures(),
    ],
    currencyOf: salesCurrency,
    keyOf: salesKey,
  };
}

/** Tenders in words on screen, their kind in the CSV. */
export function tenderSpec(t: TFunction): ReportSpec<SalesRow> {
  return {
    columns: [{ ...col<SalesRow>('tender', 'reports:col.tender', 'text', (r) => tenderWords(t, r.key)), csvText: (r) => r.key }, ...salesFigures()],
    currencyOf: salesCurrency,
    keyOf: salesKey,
  };
}

export function staffSpec(): ReportSpec<SalesRow> {
  return { columns: [col('staff', 'reports:col.staff', 'text', (r) => r.label), ...salesFigures()], currencyOf: salesCurrency, keyOf: salesKey };
}

export function taxSpec(t: TFunction): ReportSpec<TaxRow> {
  return {
    columns: [
      { ...col<TaxRow>('tax_class', 'reports:col.taxClass', 'text', (r) => t(`shifts:taxClass.${r.taxClass}`, { defaultValue: r.taxClass })), csvText: (r) => r.taxClass },
      col('rate_percent', 'reports:col.rate', 'rate', (r) => r.rateBp),
      col('net', 'reports:col.net', 'money', (r) => r.netMinor),
      col('tax', 'reports:col.tax', 'money', (r) => r.taxMinor),
      col('total', 'reports:col.total', 'money', (r) => r.totalMinor),
    ],
    currencyOf: (r) => r.currency,
    keyOf: (r) => `${r.currency}:${r.taxClass}:${r.rateBp}`,
  };
}

export function storedValueSpec(): ReportSpec<StoredValueRow> {
  return {
    columns: [
      col('currency_code', 'reports:col.currency', 'text', (r) => r.currency),
      col('cards', 'reports:col.cards', 'money', (r) => r.cardsMinor),
      col('card_accounts', 'reports:col.cardAccounts', 'count', (r) => r.cardAccounts),
      col('wallets', 'reports:col.wallets', 'money', (r) => r.walletsMinor),
      col('wallet_accounts', 'reports:col.walletAccounts', 'count', (r) => r.walletAccounts),
      col('vouchers', 'reports:col.vouchers', 'money', (r) => r.vouchersMinor),
      col('held', 'reports:col.held', 'money', (r) => r.heldMinor),
      col('total', 'reports:col.total', 'money', (r) => r.totalMinor),
    ],
    currencyOf: (r) => r.currency,
    keyOf: (r) => r.currency,
  };
}

export function tenderWords(t: TFunction, kind: string): string {
  return t(`shifts:tender.${kind}`, { defaultValue: kind });
}

/** The currency a report's chart draws: the shop's when it has rows in it, else the first row's. */
export function chartCurrency(report: SalesReport, shopCurrency: string): string | null {
  if (report.rows.some((row) => row.currency === shopCurrency)) return shopCurrency;
  return report.rows[0]?.currency ?? null;
}

/** A chart's bars: the rows in one currency, each with its total (sales less refunds). */
export function chartPoints(report: SalesReport, currency: string, label: (row: SalesRow) => string): ChartPoint[] {
  return report.rows.filter((row) => row.currency === currency).map((row) => ({ label: label(row), valueMinor: row.totalMinor }));
}
