import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatCount } from '../lib/format';
import { currentLocale } from '../lib/i18n';

type Props = {
  /** Rows read so far. */
  rows: number;
  /** Rows expected, when known; without it the bar runs striped with the count beside it. */
  total?: number | null | undefined;
  running: boolean;
  onCancel?: () => void;
  testId?: string;
};

/** The progress of a long export (ui.md §4): a bar, the counts, and a way to stop it. */
export function ExportProgress({ rows, total, running, onCancel, testId }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const known = total !== undefined && total !== null && total > 0;
  const percent = known ? Math.min(100, Math.round((rows / total) * 100)) : 100;
  return (
    <Stack gap={6} data-testid={testId}>
      <Progress value={percent} size="lg" animated={running} striped={running} aria-label={t('cards:kit.export.progressLabel')} />
      <Group justify="space-between">
        <Text size="sm" className="tb-num" role="status">
          {known
            ? t('cards:kit.export.progressOf', { rows: formatCount(rows, locale), total: formatCount(total, locale) })
            : t(running ? 'cards:kit.export.progress' : 'cards:kit.export.done', { rows: formatCount(rows, locale) })}
        </Text>
        {running && onCancel !== undefined ? (
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('cards:kit.export.cancel')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
