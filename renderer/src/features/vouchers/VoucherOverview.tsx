import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { SEMANTIC } from '../../app/theme';
import { DetailCard } from '../../components/DetailCard';
import { formatCount, formatDateTime } from '../../lib/format';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import type { VoucherBatch, VoucherSummary } from './vouchers.store';

const STATES = ['unsold', 'sold', 'redeemed', 'expired', 'voided'] as const;

/** Counts per state, the outstanding liability per currency (and whether the ledger agrees), the batches. */
export function VoucherOverview({ summary, batches }: { summary: VoucherSummary; batches: readonly VoucherBatch[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <DetailCard title={t('vouchers:overview.title')} hint={t('vouchers:overview.hint', { time: formatDateTime(summary.atMs, locale) })}>
      <SimpleGrid cols={{ base: 2, sm: 5 }} data-testid="voucher-counts">
        {STATES.map((state) => (
          <Stack key={state} gap={0}>
            <Text size="sm" c="dimmed">{t(`vouchers:state.${state}`)}</Text>
            <Text fz="xl" fw={700} className="tb-num" data-testid={`voucher-count-${state}`}>{formatCount(summary.counts[state], locale)}</Text>
          </Stack>
        ))}
      </SimpleGrid>
      {summary.liabilities.length === 0 ? null : (
        <Table verticalSpacing="xs" data-testid="voucher-liability">
          <Table.Caption>{t('vouchers:overview.liabilityCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('vouchers:overview.currency')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('vouchers:overview.outstanding')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('vouchers:overview.expiredOutstanding')}</Table.Th>
              <Table.Th scope="col">{t('vouchers:overview.ledger')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.liabilities.map((line) => (
              <Table.Tr key={line.currency}>
                <Table.Th scope="row">{line.currency}</Table.Th>
                <Table.Td ta="right" className="tb-num" fw={600}>{formatMoney(line.outstandingMinor, line.currency, locale)}</Table.Td>
                <Table.Td ta="right" className="tb-num">{formatMoney(line.expiredOutstandingMinor, line.currency, locale)}</Table.Td>
                <Table.Td>
                  {line.agrees === null ? '—' : (
                    <Badge color={line.agrees ? SEMANTIC.success : SEMANTIC.danger} variant="light" tt="none">
                      {t(line.agrees ? 'vouchers:overview.agrees' : 'vouchers:overview.differs')}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {batches.length === 0 ? (
        <Text c="dimmed">{t('vouchers:overview.noBatches')}</Text>
      ) : (
        <Table striped verticalSpacing="xs" data-testid="voucher-batches">
          <Table.Caption>{t('vouchers:overview.batchesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('vouchers:overview.created')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('vouchers:overview.face')}</Table.Th>
              <Table.Th scope="col">{t('vouchers:overview.counts')}</Table.Th>
              <Table.Th scope="col">{t('vouchers:overview.expires')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {batches.map((batch) => (
              <Table.Tr key={batch.batchId}>
                <Table.Th scope="row" className="tb-num" fw={400}>{formatDateTime(batch.createdAtMs, locale)}</Table.Th>
                <Table.Td ta="right" className="tb-num">{formatMoney(batch.faceValueMinor, batch.currency, locale)}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {STATES.map((state) => (
                      <Text key={state} size="sm" className="tb-num">{t('vouchers:overview.countOf', { state: t(`vouchers:state.${state}`), count: batch.counts[state] })}</Text>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td className="tb-num">{batch.expiresAtMs === null ? t('vouchers:overview.never') : formatDateTime(batch.expiresAtMs, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </DetailCard>
  );
}
