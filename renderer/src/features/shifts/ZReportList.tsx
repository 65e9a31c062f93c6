import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { DetailCard } from '../../components/DetailCard';
import { formatCount, formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { Amount } from './Figures';
import type { ZSummary } from './shifts.store';

type Props = { reports: readonly ZSummary[]; more: boolean; onShow: (zNumber: number) => void; onMore: () => void };

/** Past Z reports, newest first; each opens on screen (and prints from there). */
export function ZReportList({ reports, more, onShow, onMore }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <DetailCard title={t('shifts:list.title')} hint={t('shifts:list.hint')}>
      {reports.length === 0 ? (
        <Text c="dimmed" data-testid="z-list-empty">{t('shifts:list.empty')}</Text>
      ) : (
        <Table striped verticalSpacing={6} data-testid="z-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('shifts:list.number')}</Table.Th>
              <Table.Th scope="col">{t('shifts:list.closedAt')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('shifts:report.saleCount')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('shifts:list.total')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('shifts:list.overShort')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reports.map((z) => (
              <Table.Tr key={z.zNumber} data-testid={`z-row-${z.zNumber}`}>
                <Table.Th scope="row">
                  <Button variant="subtle" size="compact-sm" aria-label={t('shifts:list.show', { number: z.zNumber })} onClick={() => onShow(z.zNumber)}>
                    {z.zNumber}
                  </Button>
                </Table.Th>
                <Table.Td className="tb-num">{formatDateTime(z.closedAtMs, locale)}</Table.Td>
                <Table.Td ta="right" className="tb-num">{formatCount(z.saleCount, locale)}</Table.Td>
                <Table.Td ta="right"><Amount minor={z.totalMinor} currency={z.currency} /></Table.Td>
                <Table.Td ta="right"><Amount minor={z.overShortMinor} currency={z.currency} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {more ? <Button variant="default" onClick={onMore}>{t('shifts:list.more')}</Button> : null}
    </DetailCard>
  );
}
