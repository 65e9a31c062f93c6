import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { SEMANTIC } from '../../app/theme';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconAlert } from '../../components/Icons';
import { newId } from '../../../../shared/domain/ids';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { closePeriod } from './closures.actions';
import type { ClosureKind } from './closures.store';
import { DANGER_FILLED } from './Figures';
import { periodLabel } from './shift-format';

type Props = { kind: ClosureKind; period: string | null; onClose: () => void; onDone: (notice: string) => void };

/**
 * Taking a monthly or yearly closure, which can never be undone: says so, then closes. The closure
 * id is made when the dialog opens, so a retry after a lost reply answers the first closure.
 */
export function ClosePeriodDialog({ kind, period, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const [closureId, setClosureId] = useState(newId);
  const { busy, error, run } = useSubmission();
  const label = period === null ? '' : periodLabel(period, locale);

  const confirm = async () => {
    if (busy || period === null) return;
    let done: string | null = null;
    await run(async () => {
      const { closure } = await closePeriod(api, { kind, closureId, period });
      done = t('shifts:closures.done', { number: closure.number, period: label });
    });
    if (done !== null) {
      setClosureId(newId());
      onDone(done);
    }
  };

  return (
    <Modal opened={period !== null} onClose={onClose} title={t('shifts:closures.confirmTitle', { period: label })} closeButtonProps={{ 'aria-label': t('shifts:close') }} lockScroll={false}>
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
