import { describe, expect, it } from 'vitest';

import { lastDays, rangeFileName, rangeMs } from '../../renderer/src/features/reports/date-range';
import { milliText, rateText, reportCsv } from '../../renderer/src/features/reports/report-columns';
import { chartCurrency, chartPoints, itemSpec, storedValueSpec, taxSpec, tenderSpec, timeSpec } from '../../renderer/src/features/reports/report-specs';
import type { SalesReport, SalesRow } from '../../renderer/src/features/reports/reports.store';
import { createI18n } from '../../renderer/src/lib/i18n';

const row = (over: Partial<SalesRow>): SalesRow => ({
  key: 'k', label: 'L', bucketStartMs: null, currency: 'CNY', saleCount: 2, refundCount: 0, quantityMilli: null,
  salesMinor: 1000, refundsMinor: 0, totalMinor: 1000, netMinor: null, taxMinor: null, ...over,
});
const report = (rows: SalesRow[], groupBy: SalesReport['groupBy'] = 'product'): SalesReport => ({
  fromMs: 0, toMs: 1, groupBy, timeZone: 'Asia/Shanghai', rows, truncated: false, totals: [],
});
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '');
const en = createI18n('en');

describe('report CSV', () => {
  it('money as decimal text with the currency exponent, quantities and rates exact, and the currency column', () => {
    const csv = reportCsv(itemSpec('product'), [
      row({ label: '乌龙茶 250g', quantityMilli: 1500, salesMinor: 123_456_789_012, refundsMinor: 5, totalMinor: -7 }),
      row({ label: '=cmd', currency: 'JPY', quantityMilli: 2000, salesMinor: 1200, totalMinor: 1200 }),
    ]);
    expect(lines(csv)).toEqual([
      'product,quantity,sale_count,refund_count,sales,refunds,total,currency',
      '乌龙茶 250g,1.5,2,0,1234567890.12,0.05,-0.07,CNY',
      "'=cmd,2,2,0,1200,0,1200,JPY",
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });

  it('codes rather than words where the screen translates (tenders, tax classes, hour buckets)', () => {
    expect(lines(reportCsv(tenderSpec(en.t), [row({ key: 'external_card', label: 'external_card' })]))[1]).toBe('external_card,2,0,10.00,0.00,10.00,CNY');
    const tax = reportCsv(taxSpec(en.t), [{ currency: 'EUR', taxClass: 'super_reduced', rateBp: 550, netMinor: 1000, taxMinor: 55, totalMinor: 1055 }]);
    expect(lines(tax)).toEqual(['tax_class,rate_percent,net,tax,total,currency', 'super_reduced,5.5,10.00,0.55,10.55,EUR']);
    const hour = timeSpec('hour', 'Asia/Shanghai', 'en');
    const bucket = row({ key: '2026-12-03 14:00', bucketStartMs: Date.UTC(2026, 11, 3, 6), netMinor: 885, taxMinor: 115 });
    expect(lines(reportCsv(hour, [bucket]))[1]).toBe('2026-12-03 14:00,2,0,10.00,0.00,10.00,8.85,1.15,CNY');
    expect(hour.columns[0]?.value(bucket)).toMatch(/14:00/); // on screen in the core's zone
  });

  it('stored value per currency, with the account counts', () => {
    const csv = reportCsv(storedValueSpec(), [{ currency: 'CNY', cardsMinor: 10_000, cardAccounts: 2, walletsMinor: 550, walletAccounts: 1, vouchersMinor: 5000, heldMinor: 100, totalMinor: 15_550 }]);
    expect(lines(csv)).toEqual([
      'currency_code,cards,card_accounts,wallets,wallet_accounts,vouchers,held,total,currency',
      'CNY,100.00,2,5.50,1,50.00,1.00,155.50,CNY',
    ]);
  });

  it('exact decimal text for thousandths and basis points', () => {
    expect([milliText(1000), milliText(1500), milliText(250), milliText(1), milliText(0)]).toEqual(['1', '1.5', '0.25', '0.001', '0']);
    expect([rateText(1300), rateText(550), rateText(8875), rateText(0), rateText(10_000)]).toEqual(['13', '5.5', '88.75', '0', '100']);
  });
});

describe('report charts', () => {
  it('draws the shop currency when it has rows, else the first row’s, one bar per row of it', () => {
    const mixed = report([row({ key: 'a', currency: 'EUR', totalMinor: 5 }), row({ key: 'b', label: 'B', totalMinor: 7 })]);
    expect(chartCurrency(mixed, 'CNY')).toBe('CNY');
    expect(chartCurrency(mixed, 'USD')).toBe('EUR');
    expect(chartCurrency(report([]), 'CNY')).toBeNull();
    expect(chartPoints(mixed, 'CNY', (r) => r.label)).toEqual([{ label: 'B', valueMinor: 7 }]);
  });
});

describe('report range', () => {
  it('defaults to the last seven local days, today included, as a half-open interval', () => {
    const now = new Date(2026, 11, 3, 15, 30).getTime();
    const week = lastDays(7, now);
    expect(week).toEqual({ from: '2026-11-27', to: '2026-12-03' });
    expect(rangeMs(week)).toEqual({ fromMs: new Date(2026, 10, 27).getTime(), toMs: new Date(2026, 11, 4).getTime() });
    expect(lastDays(1, now)).toEqual({ from: '2026-12-03', to: '2026-12-03' });
    expect(rangeFileName('sales-by-day', week)).toBe('sales-by-day_2026-11-27_2026-12-03.csv');
  });

  it('refuses a backwards range or a field that is not a day', () => {
    expect(rangeMs({ from: '2026-12-04', to: '2026-12-03' })).toBeNull();
    expect(rangeMs({ from: '', to: '2026-12-03' })).toBeNull();
    expect(rangeMs({ from: '2026-02-30', to: '2026-12-03' })).toBeNull();
  });
});
