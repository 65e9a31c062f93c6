import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { refreshDue } from './checkout.actions';
import { useCheckoutStore } from './checkout.store';

/**
 * While core works out what is still due after a tender: a spinner, or, when sales.due failed
 * (the host unreachable, the session locked), why, with a button that asks again.
 */
export function DueWaiting({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const dueError = useCheckoutStore((s) => s.dueError);
  if (dueError === null) {
    return <Group gap="xs" role="status"><Loader size={size} /><Text size={size === 'xs' ? 'sm' : 'md'}>{t('sell:tender.dueAsking')}</Text></Group>;
  }
  return (
    <Stack gap="xs">
      <ErrorAlert error={dueError} title={t('sell:tender.dueFailed')} />
      <Group>
        <Button variant="light" onClick={() => void refreshDue(api)} data-testid="due-retry">{t('sell:tender.dueRetry')}</Button>
      </Group>
    </Stack>
  );
}
