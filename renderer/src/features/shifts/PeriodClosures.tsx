import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { DetailCard } from '../../components/DetailCard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck } from '../../components/Icons';
import { LabelledSegmented } from '../../components/LabelledSegmented';
import { formatCount } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { ClosePeriodDialog } from './ClosePeriodDialog';
import { attemptFor, loadClosures } from './closures.actions';
import { useClosuresStore, type Closure, type ClosureAttempt, type ClosureKind, type NextClosure } from './closures.store';
import { Amount } from './Figures';
import { periodLabel } from './shift-format';

/** What comes next: the period ready to close (with its button for a manager), or what it waits for. */
function NextLine({ kind, next, canClose, onClose }: { kind: ClosureKind; next: NextClosure; canClose: boolean; onClose: (period: string) => void }) {
  const { t, i18n } = useTranslation();
  if (next === null) return <Text c="dimmed" data-testid="closure-next">{t(kind === 'month' ? 'shifts:closures.nothingMonth' : 'shifts:closures.nothingYear')}</Text>;
  const period = periodLabel(next.period, currentLocale(i18n));
  if (!next.ready) {
    return <Text data-testid="closure-next">{t(next.waitingFor === 'months' ? 'shifts:closures.waitMonths' : 'shifts:closures.waitPeriod', { period })}</Text>;
  }
  return (
    <Group justify="space-between" data-testid="closure-next">
      <Text>{t('shifts:closures.ready', { period })}</Text>
      {canClose
        ? <Button onClick={() => onClose(next.period)} data-testid="closure-close">{t('shifts:closures.close', { period })}</Button>
        : <Text c="dimmed" size="sm">{t('shifts:closures.managerOnly')}</Text>}
    </Group>
  );
}

/** One row per closure and currency (a shop that sells in one currency has one row per closure). */
function ClosureRows({ closure }: { closure: Closure }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const zRange = closure.throughZ === closure.afterZ
    ? t('shifts:closures.zNone')
    : t('shifts:closures.zRangeValue', { first: closure.afterZ + 1, last: closure.throughZ });
  const sections = closure.currencies.length === 0 ? [null] : closure.currencies;
  return sections.map((c) => (
    <Table.Tr key={`${closure.number}-${c?.currency ?? ''}`} data-testid={`closure-row-${closure.number}`}>
      <Table.Th scope="row" className="tb-num">{closure.number}</Table.Th>
      <Table.Td>{periodLabel(closure.period, locale)}</Table.Td>
      <Table.Td className="tb-num">{zRange}</Table.Td>
      <Table.Td ta="right" className="tb-num">{c === null ? '' : formatCount(c.totals.saleCount, locale)}</Table.Td>
      <Table.Td ta="right">{c === null ? null : <Amount minor={c.totals.totalMinor} currency={c.currency} />}</Table.Td>
      <Table.Td ta="right">{c === null ? null : <Amount minor={c.grandTotals.totalMinor} currency={c.currency} />}</Table.Td>
    </Table.Tr>
  ));
}

/**
 * The monthly and yearly closures (NF525) on the Shifts screen: which period closes next and
 * whether it can now, the confirmation that takes it, and the closures taken, newest first.
 */
export function PeriodClosures({ canClose }: { canClose: boolean }) {
  const { t } = useTranslation();
  const { kind, closures, more, next, error } = useClosuresStore();
  const [closing, setClosing] = useState<ClosureAttempt | null>(null);
  // The last attempt stays after the dialog closes unanswered: reopened for that period, it keeps its id.
  const [lastAttempt, setLastAttempt] = useState<ClosureAttempt | null>(null);
  const startClosing = (period: string) => {
    const attempt = attemptFor(kind, period, lastAttempt);
    setLastAttempt(attempt);
    setClosing(attempt);
  };
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void loadClosures(api, useClosuresStore.getState().kind);
  }, []);

  const show = (k: ClosureKind) => {
    setNotice(null);
    void loadClosures(api, k);
  };

  return (
    <DetailCard title={t('shifts:closures.title')} hint={t('shifts:closures.hint')} testId="closures">
      <Stack gap="md">
        <LabelledSegmented
          label={t('shifts:closures.kind')}
          value={kind}
          data={[{ value: 'month', label: t('shifts:closures.month') }, { value: 'year', label: t('shifts:closures.year') }]}
          onChange={show}
        />
        {notice === null ? null : <Alert color="green" icon={<IconCheck />} role="status" data-testid="closure-notice">{notice}</Alert>}
        {error === null ? null : <ErrorAlert error={error} />}
        <NextLine kind={kind} next={next} canClose={canClose} onClose={startClosing} />
        {closures === null ? null : closures.length === 0 ? (
          <Text c="dimmed" data-testid="closure-list-empty">{t('shifts:closures.empty')}</Text>
        ) : (
          <Table striped verticalSpacing={6} data-testid="closure-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('shifts:closures.number')}</Table.Th>
                <Table.Th scope="col">{t('shifts:closures.period')}</Table.Th>
                <Table.Th scope="col">{t('shifts:closures.zRange')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('shifts:closures.saleCount')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('shifts:closures.total')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('shifts:closures.grandTotal')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{closures.map((c) => <ClosureRows key={c.number} closure={c} />)}</Table.Tbody>
          </Table>
        )}
        {more === null ? null : <Button variant="default" onClick={() => void loadClosures(api, kind, true)}>{t('shifts:closures.more')}</Button>}
      </Stack>
      {closing === null ? null : (
        <ClosePeriodDialog
          attempt={closing}
          onClose={() => setClosing(null)}
          onDone={(text) => {
            setClosing(null);
            setLastAttempt(null);
            setNotice(text);
          }}
        />
      )}
    </DetailCard>
  );
}
