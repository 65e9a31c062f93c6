import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { SEMANTIC } from '../../app/theme';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconAlert } from '../../components/Icons';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { closePeriod } from './closures.actions';
import type { ClosureAttempt } from './closures.store';
import { DANGER_FILLED } from './Figures';
import { periodLabel } from './shift-format';

type Props = { attempt: ClosureAttempt; onClose: () => void; onDone: (notice: string) => void };

/** Taking a monthly or yearly closure, which can never be undone: says so, then closes. Mounted while open, so no old error shows. */
export function ClosePeriodDialog({ attempt, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { busy, error, run } = useSubmission();
  const label = periodLabel(attempt.period, locale);

  const confirm = async () => {
    if (busy) return;
    let done: string | null = null;
    await run(async () => {
      const { closure } = await closePeriod(api, attempt);
      done = t('shifts:closures.done', { number: closure.number, period: label });
    });
    if (done !== null) onDone(done);
  };

  return (
    <Modal opened onClose={onClose} title={t('shifts:closures.confirmTitle', { period: label })} closeButtonProps={{ 'aria-label': t('shifts:close') }} lockScroll={false}>
      <Stack gap="md" data-testid="close-period-dialog">
        <Alert color={SEMANTIC.warning} icon={<IconAlert />}>{t('shifts:closures.consequence', { period: label })}</Alert>
        {error === null ? null : <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('shifts:cancel')}</Button>
          <Button color={DANGER_FILLED} loading={busy} onClick={() => void confirm()} data-testid="close-period-confirm">{t('shifts:closures.confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
