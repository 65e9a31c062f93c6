import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { IconRefresh } from '../../components/Icons';
import { lastDays, rangeMs } from './date-range';
import type { DayRange } from './date-range';

type Props = { range: DayRange; loading: boolean; onChange: (range: DayRange) => void; onRefresh: () => void };

const PRESETS = [1, 7, 30] as const;

/** From and to (whole local days, both included), three presets and a refresh. */
export function RangePicker({ range, loading, onChange, onRefresh }: Props) {
  const { t } = useTranslation();
  const bad = rangeMs(range) === null;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput type="date" label={t('reports:range.from')} value={range.from} onChange={(event) => onChange({ ...range, from: event.currentTarget.value })} error={bad ? t('reports:range.invalid') : undefined} data-testid="range-from" />
      <TextInput type="date" label={t('reports:range.to')} value={range.to} onChange={(event) => onChange({ ...range, to: event.currentTarget.value })} data-testid="range-to" />
      {PRESETS.map((days) => (
        <Button key={days} variant="default" onClick={() => onChange(lastDays(days, Date.now()))}>{t(`reports:range.last${days}`)}</Button>
      ))}
      <Button variant="light" leftSection={<IconRefresh size={18} />} loading={loading} disabled={bad} onClick={onRefresh}>{t('reports:refresh')}</Button>
    </Group>
  );
}
