import { Badge, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { SEMANTIC } from '../../app/theme';
import { DetailCard } from '../../components/DetailCard';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { Amount, DANGER_FILLED, FigureTable } from './Figures';
import type { Shift } from './shifts.store';

export type ShiftAction = 'paid_in' | 'paid_out' | 'no_sale' | 'x' | 'close';

/** The open shift: who opened it, when, with what float, and the actions on it (large targets). */
export function CurrentShift({ shift, xBusy, onAction }: { shift: Shift; xBusy: boolean; onAction: (action: ShiftAction) => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <DetailCard title={t('shifts:current.title')}>
      <Stack gap="md" data-testid="current-shift">
        <Group>
          <Badge color={SEMANTIC.success} variant="light" size="lg" tt="none">{t('shifts:current.state')}</Badge>
        </Group>
        <FigureTable
          maw={560}
          rows={[
            { label: t('shifts:current.openedAt'), value: formatDateTime(shift.openedAtMs, locale) },
            { label: t('shifts:current.openedBy'), value: shift.openedByName },
            { label: t('shifts:current.float'), value: <Amount minor={shift.floatMinor} currency={shift.currency} />, testId: 'shift-float' },
          ]}
        />
        <Group gap="sm" role="group" aria-label={t('shifts:actions.label')}>
          <Button size="lg" variant="light" onClick={() => onAction('paid_in')}>{t('shifts:actions.paidIn')}</Button>
          <Button size="lg" variant="light" onClick={() => onAction('paid_out')}>{t('shifts:actions.paidOut')}</Button>
          <Button size="lg" variant="light" onClick={() => onAction('no_sale')}>{t('shifts:actions.noSale')}</Button>
          <Button size="lg" variant="default" loading={xBusy} onClick={() => onAction('x')}>{t('shifts:actions.xReport')}</Button>
          <Button size="lg" color={DANGER_FILLED} onClick={() => onAction('close')}>{t('shifts:actions.close')}</Button>
        </Group>
      </Stack>
    </DetailCard>
  );
}
