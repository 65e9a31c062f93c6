import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { IconCheck } from '../../components/Icons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintSheet, useSheetPrint } from '../../components/PrintSheet';
import { formatCount, formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useSettingsStore } from '../../stores/settings.store';
import { Amount, FigureTable } from './Figures';
import { shortHex } from './shift-format';
import { ShiftFigures } from './ShiftFigures';
import type { ZReport } from './shifts.store';

/** The Z report's body: what it covers, its figures, the perpetual grand totals and the signature. */
function ZSheet({ z }: { z: ZReport }) {
  const { t, i18n } = useTranslation();
  const place = useSettingsStore((state) => state.shown);
  const locale = currentLocale(i18n);
  const g = z.grandTotals;
  const money = (minor: number, strong = false) => <Amount minor={minor} currency={z.currency} strong={strong} />;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3" data-testid="z-title">{t('shifts:z.title', { number: z.zNumber })}</Title>
        {place === null ? null : <Text fw={500}>{t('common:topBar.place', { merchant: place.merchantName, terminal: place.terminalName })}</Text>}
        <Text size="sm" c="dimmed">{t('shifts:z.hint', { time: formatDateTime(z.closedAtMs, locale) })}</Text>
      </Stack>
      <ShiftFigures period={z.period} drawer={z.drawer} currency={z.currency} testId="z" />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <FigureTable
          caption={t('shifts:z.grand')}
          rows={[
            { label: t('shifts:z.grandSales'), value: money(g.salesMinor) },
            { label: t('shifts:z.grandRefunds'), value: money(g.refundsMinor) },
            { label: t('shifts:z.grandTotal'), value: money(g.totalMinor, true), strong: true, testId: 'z-grand-total' },
            { label: t('shifts:z.grandAbsolute'), value: money(g.absoluteMinor) },
            {
              label: t('shifts:z.grandCounts'),
              value: t('shifts:z.grandCountsValue', { sales: formatCount(g.saleCount, locale), refunds: formatCount(g.refundCount, locale), voids: formatCount(g.voidCount, locale) }),
            },
          ]}
        />
        <FigureTable
          caption={t('shifts:z.about')}
          rows={[
            { label: t('shifts:z.period'), value: t('shifts:z.periodValue', { from: formatDateTime(z.openedAtMs, locale), to: formatDateTime(z.closedAtMs, locale) }) },
            { label: t('shifts:z.seq'), value: t('shifts:z.seqValue', { first: z.firstSeq, last: z.lastSeq }), testId: 'z-seq' },
            { label: t('shifts:z.unsynced'), value: formatCount(z.unsynced.count, locale) },
            { label: t('shifts:z.signature'), value: <Text span ff="monospace" size="sm">{shortHex(z.signature.value)}</Text>, testId: 'z-signature' },
            { label: t('shifts:z.key'), value: <Text span ff="monospace" size="sm">{shortHex(z.signature.publicKey)}</Text> },
          ]}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** The Z on screen, printable (the print stylesheet puts only the sheet on paper). */
export function ZReportView({ z, justTaken, onBack }: { z: ZReport; justTaken: boolean; onBack: () => void }) {
  const { t } = useTranslation();
  const sheet = useSheetPrint();
  return (
    <Stack gap="md">
      {justTaken ? <Alert color="green" icon={<IconCheck />} role="status" data-testid="z-taken">{t('shifts:z.closedDone', { number: z.zNumber })}</Alert> : null}
      <Group>
        <Button onClick={sheet.print}>{t('shifts:z.print')}</Button>
        <Button variant="default" onClick={onBack}>{t('shifts:back')}</Button>
      </Group>
      {sheet.error === null ? null : <ErrorAlert error={sheet.error} />}
      <PrintSheet testId="z-report">
        <ZSheet z={z} />
      </PrintSheet>
    </Stack>
  );
}
