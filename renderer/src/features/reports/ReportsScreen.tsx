import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconInfo } from '../../components/Icons';
import { LabelledSegmented } from '../../components/LabelledSegmented';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useSettingsStore } from '../../stores/settings.store';
import { lastDays, rangeFileName } from './date-range';
import type { DayRange } from './date-range';
import { RangePicker } from './RangePicker';
import { ReportChart } from './ReportChart';
import { bucketLabel, chartCurrency, chartPoints, itemSpec, staffSpec, storedValueSpec, taxSpec, tenderSpec, tenderWords, timeSpec } from './report-specs';
import { ReportSummary } from './ReportSummary';
import { ReportTable } from './ReportTable';
import { loadReports } from './reports.actions';
import { useReportsStore } from './reports.store';
import type { SalesReport } from './reports.store';

/** A chart of one report's rows in one currency (nothing when the report has no rows). */
function chartOf(report: SalesReport, shop: string, title: string, layout: 'columns' | 'rows', testId: string, label: Parameters<typeof chartPoints>[2]) {
  const currency = chartCurrency(report, shop);
  if (currency === null) return undefined;
  return <ReportChart title={title} data={chartPoints(report, currency, label)} currency={currency} layout={layout} testId={testId} />;
}

/**
 * Reports (managers and up): a day range (the last seven days by default), sales by hour or day
 * as a chart, by product, category, tender and staff, the taxes collected and the stored value
 * the shop owes. Every table exports as CSV; every figure is the core's.
 */
export function ReportsScreen() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const shop = useSettingsStore((state) => state.shown?.currency) ?? 'CNY';
  const { range, sales, taxes, storedValue, loading, error } = useReportsStore();
  const [time, setTime] = useState<'hour' | 'day'>('day');
  const shown: DayRange = range ?? lastDays(7, Date.now());

  useEffect(() => {
    const initial = useReportsStore.getState().range ?? lastDays(7, Date.now());
    useReportsStore.getState().setRange(initial);
    void loadReports(api, initial);
  }, []);

  const change = (next: DayRange) => {
    useReportsStore.getState().setRange(next);
    void loadReports(api, next);
  };

  const overTime = sales === null ? null : (sales[time] ?? sales.day);
  const timeGroup = overTime?.groupBy === 'hour' ? 'hour' : 'day';
  const file = (what: string) => rangeFileName(what, shown);
  return (
    <Stack gap="lg" maw={1400}>
      <PageTitle title={t('reports:title')} subtitle={t('reports:subtitle')} />
      <RangePicker range={shown} loading={loading} onChange={change} onRefresh={() => void loadReports(api, shown)} />
      {error === null ? null : <ErrorAlert error={error} />}
      {sales?.day == null ? null : <ReportSummary report={sales.day} />}
      {sales === null || overTime === null ? null : (
        <>
          <ReportTable
            title={t(`reports:time.${timeGroup}`)}
            spec={timeSpec(timeGroup, overTime.timeZone, locale)}
            rows={overTime.rows}
            fileName={file(`sales-by-${timeGroup}`)}
            testId="report-time"
            chart={
              <Stack gap="sm">
                <LabelledSegmented
                  label={t('reports:time.label')}
                  value={time}
                  data={[{ value: 'day', label: t('reports:time.byDay') }, { value: 'hour', label: t('reports:time.byHour') }]}
                  onChange={setTime}
                />
                {sales.hour === null && time === 'hour' ? <Alert color="gray" icon={<IconInfo />}>{t('reports:time.hourlyTooLong')}</Alert> : null}
                {chartOf(overTime, shop, t(`reports:time.${timeGroup}`), 'columns', 'chart-time', (row) => bucketLabel(row, timeGroup, overTime.timeZone, locale))}
              </Stack>
            }
          />
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
            {sales.tender === null ? null : (
              <ReportTable title={t('reports:tables.tender')} spec={tenderSpec(t)} rows={sales.tender.rows} fileName={file('sales-by-tender')} testId="report-tender"
                chart={chartOf(sales.tender, shop, t('reports:tables.tender'), 'rows', 'chart-tender', (row) => tenderWords(t, row.key))} />
            )}
            {sales.category === null ? null : (
              <ReportTable title={t('reports:tables.category')} spec={itemSpec('category')} rows={sales.category.rows} fileName={file('sales-by-category')} testId="report-category"
                chart={chartOf(sales.category, shop, t('reports:tables.category'), 'rows', 'chart-category', (row) => row.label)} />
            )}
          </SimpleGrid>
          {sales.product === null ? null : (
            <ReportTable title={t('reports:tables.product')} {...(sales.product.truncated ? { hint: t('reports:truncated') } : {})} spec={itemSpec('product')} rows={sales.product.rows} fileName={file('sales-by-product')} testId="report-product" />
          )}
          {sales.staff === null ? null : (
            <ReportTable title={t('reports:tables.staff')} spec={staffSpec()} rows={sales.staff.rows} fileName={file('sales-by-staff')} testId="report-staff" />
          )}
        </>
      )}
      {taxes === null ? null : <ReportTable title={t('reports:tables.taxes')} spec={taxSpec(t)} rows={taxes.rows} fileName={file('taxes')} testId="report-taxes" />}
      {storedValue === null ? null : (
        <ReportTable
          title={t('reports:tables.storedValue')}
          hint={t('reports:storedValueHint', { time: formatDateTime(storedValue.atMs, locale) })}
          spec={storedValueSpec()}
          rows={storedValue.rows}
          fileName={`stored-value_${new Date(storedValue.atMs).toISOString().slice(0, 10)}.csv`}
          testId="report-stored-value"
        />
      )}
    </Stack>
  );
}
