import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../api/client';
import { CenteredPanel } from '../components/CenteredPanel';
import { ErrorAlert } from '../components/ErrorAlert';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { SetupScreen } from '../features/setup/SetupScreen';
import { wireSessionEvents } from '../features/staff/session.actions';
import { SignInScreen } from '../features/staff/SignInScreen';
import { useBootStore } from '../stores/boot.store';
import { useSessionStore } from '../stores/session.store';
import { AppFrame } from './AppFrame';
import { boot } from './boot';

function Loading() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh">
      <Stack align="center" gap="sm">
        <Loader aria-hidden="true" />
        <Text role="status">{t('common:loading')}</Text>
      </Stack>
    </Center>
  );
}

function BootFailed() {
  const { t } = useTranslation();
  const error = useBootStore((state) => state.error);
  return (
    <CenteredPanel title={t('common:boot.failedTitle')} subtitle={t('common:boot.failedBody')}>
      {error === null ? null : <ErrorAlert error={error} />}
      <Button onClick={() => void boot(api)} w="fit-content">
        {t('common:actions.retry')}
      </Button>
    </CenteredPanel>
  );
}

/** Decides what is on screen: loading, recovery, setup, sign-in, or the app frame (with its lock). */
export function AppGate() {
  const phase = useBootStore((state) => state.phase);
  const session = useSessionStore((state) => state.phase);

  useEffect(() => wireSessionEvents(api), []);
  useEffect(() => {
    void boot(api);
  }, []);

  if (phase === 'loading') return <Loading />;
  if (phase === 'failed') return <BootFailed />;
  if (phase === 'rolled_back') return <RecoveryScreen />;
  if (phase === 'setup') return <SetupScreen />;
  if (session === 'active' || session === 'locked') return <AppFrame />;
  return <SignInScreen />;
}
