import { SimpleGrid, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { DrawerTotals, PeriodTotals } from '../../../../shared/domain/records/shifts';
import { formatCount } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { rateText } from '../reports/report-columns';
import { Amount, FigureTable } from './Figures';

type Props = {
  period: PeriodTotals;
  drawer: DrawerTotals;
  currency: string;
  /** Unsynced outbox entries now (the X report; a Z lists its own count with the closure's facts). */
  unsyncedCount?: number;
  /** Prefix of the test ids (x or z). */
  testId: string;
};

/** A tax class code in words when we know it, else the code itself (a shop's own class). */
export function useTaxClassLabel(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => t(`shifts:taxClass.${code}`, { defaultValue: code });
}

/**
 * The figures an X and a Z report share: the period's sales (net of refunds and voids), by tax
 * rate and by tender, and the cash drawer (float, cash in and out, expected, counted, over/short).
 * Every number is one the core returned; this only lays them out.
 */
export function ShiftFigures({ period, drawer, currency, unsyncedCount, testId }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const taxLabel = useTaxClassLabel();
  const money = (minor: number, strong = false, id?: string) => <Amount minor={minor} currency={currency} strong={strong} {...(id === undefined ? {} : { testId: `${testId}-${id}` })} />;
  const count = (n: number) => formatCount(n, locale);
  const percent = (bp: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(`${rateText(bp)}E-2` as `${number}`);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <FigureTable
          caption={t('shifts:report.period')}
          rows={[
            { label: t('shifts:report.saleCount'), value: count(period.saleCount), testId: `${testId}-sale-count` },
            { label: t('shifts:report.refundCount'), value: count(period.refundCount), testId: `${testId}-refund-count` },
            { label: t('shifts:report.voidCount'), value: count(period.voidCount) },
            { label: t('shifts:report.gross'), value: money(period.grossMinor) },
            { label: t('shifts:report.discounts'), value: money(period.discountMinor) },
            { label: t('shifts:report.net'), value: money(period.netMinor) },
            { label: t('shifts:report.tax'), value: money(period.taxMinor) },
            { label: t('shifts:report.refunds'), value: money(period.refundsMinor, false, 'refunds') },
            { label: t('shifts:report.total'), value: money(period.totalMinor, true, 'total'), strong: true },
          ]}
        />
        <FigureTable
          caption={t('shifts:report.drawer')}
          rows={[
            { label: t('shifts:report.float'), value: money(drawer.floatMinor) },
            { label: t('shifts:report.cashTaken'), value: money(drawer.cashTakenMinor) },
            { label: t('shifts:report.cashRefunded'), value: money(drawer.cashRefundedMinor) },
            { label: t('shifts:report.paidIn', { count: drawer.paidInCount }), value: money(drawer.paidInMinor) },
            { label: t('shifts:report.paidOut', { count: drawer.paidOutCount }), value: money(drawer.paidOutMinor) },
            { label: t('shifts:report.otherCash'), value: money(drawer.otherCashMinor) },
            { label: t('shifts:report.noSales'), value: count(drawer.noSaleCount) },
            { label: t('shifts:report.expected'), value: money(drawer.expectedMinor, true, 'expected'), strong: true },
            { label: t('shifts:report.counted'), value: drawer.countedMinor === null ? t('shifts:report.notCounted') : money(drawer.countedMinor, false, 'counted') },
            { label: t('shifts:report.overShort'), value: drawer.overShortMinor === null ? '—' : money(drawer.overShortMinor, true, 'over-short') },
            ...(unsyncedCount === undefined ? [] : [{ label: t('shifts:report.unsynced'), value: count(unsyncedCount), testId: `${testId}-unsynced` }]),
          ]}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Table verticalSpacing={6} captionSide="top" data-testid={`${testId}-by-tax`}>
          <Table.Caption>{t('shifts:report.byTax')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('shifts:report.taxClass')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('shifts:report.rate')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('shifts:report.net')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('shifts:report.tax')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {period.byTax.map((line) => (
              <Table.Tr key={`${line.taxClass}:${line.rateBp}`}>
                <Table.Th scope="row" fw={500}>{taxLabel(line.taxClass)}</Table.Th>
                <Table.Td ta="right" className="tb-num">{percent(line.rateBp)}</Table.Td>
                <Table.Td ta="right">{money(line.netMinor)}</Table.Td>
                <Table.Td ta="right">{money(line.taxMinor)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Table verticalSpacing={6} captionSide="top" data-testid={`${testId}-by-tender`}>
          <Table.Caption>{t('shifts:report.byTender')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('shifts:report.tender')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('shifts:report.tenderSales')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('shifts:report.tenderRefunds')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {period.byTender.map((line) => (
              <Table.Tr key={line.kind} data-testid={`${testId}-tender-${line.kind}`}>
                <Table.Th scope="row" fw={500}>{t(`shifts:tender.${line.kind}`, { defaultValue: line.kind })}</Table.Th>
                <Table.Td ta="right">{money(line.salesMinor)}</Table.Td>
                <Table.Td ta="right">{money(line.refundsMinor)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </Stack>
  );
}
