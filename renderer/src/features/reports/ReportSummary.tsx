import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatCount } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { Amount } from '../shifts/Figures';
import type { SalesReport } from './reports.store';

/** The range at a glance, per currency: the core's totals of the range (sales, refunds, net, tax). */
export function ReportSummary({ report }: { report: SalesReport }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <Stack gap="sm" data-testid="report-summary">
      {report.totals.map((total) => (
        <SimpleGrid key={total.currency} cols={{ base: 2, sm: 4, xl: 7 }} spacing="sm">
          {[
            { key: 'total', label: t('reports:summary.total', { currency: total.currency }), value: <Amount minor={total.totalMinor} currency={total.currency} strong /> },
            { key: 'sales', label: t('reports:summary.sales'), value: <Amount minor={total.salesMinor} currency={total.currency} /> },
            { key: 'refunds', label: t('reports:summary.refunds'), value: <Amount minor={total.refundsMinor} currency={total.currency} /> },
            { key: 'tax', label: t('reports:summary.tax'), value: <Amount minor={total.taxMinor} currency={total.currency} /> },
            { key: 'count', label: t('reports:summary.saleCount'), value: formatCount(total.saleCount, locale) },
            { key: 'refundCount', label: t('reports:summary.refundCount'), value: formatCount(total.refundCount, locale) },
            { key: 'voidCount', label: t('reports:summary.voidCount'), value: formatCount(total.voidCount, locale) },
          ].map((stat) => (
            <Paper key={stat.key} withBorder p="sm" radius="md">
              <Text size="sm" c="dimmed">{stat.label}</Text>
              <Text fz="xl" fw={700} className="tb-num" data-testid={`summary-${stat.key}-${total.currency}`}>{stat.value}</Text>
            </Paper>
          ))}
        </SimpleGrid>
      ))}
    </Stack>
  );
}
