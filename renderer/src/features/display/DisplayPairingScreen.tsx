import { Button, Code, List, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { groupDisplayCode } from '../../../../shared/ipc/contract/display-domain';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { formatCountdown } from '../../lib/format';
import { requestPairingCode } from './display.actions';
import { useDisplayPairingStore } from './display.store';

/** Seconds left on the code, ticking on screen; main decides expiry by its own clock. */
function useRemainingMs(expiresAtMs: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (expiresAtMs === undefined) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [expiresAtMs]);
  return expiresAtMs === undefined ? 0 : Math.max(0, expiresAtMs - now);
}

/** Pairs a customer display: a one-time code to type on the display's `/display` page. */
export function DisplayPairingScreen() {
  const { t } = useTranslation();
  const { code, loading, error } = useDisplayPairingStore();
  const remainingMs = useRemainingMs(code?.expiresAtMs);
  const live = code !== null && remainingMs > 0;
  const displayUrl = `${globalThis.location?.origin ?? ''}/display`;
  return (
    <Stack gap="lg" maw={720}>
      <PageTitle title={t('display:pairing.title')} subtitle={t('display:pairing.subtitle')} />
      <List type="ordered" spacing="xs">
        <List.Item>{t('display:pairing.step1')} <Code>{displayUrl}</Code></List.Item>
        <List.Item>{t('display:pairing.step2')}</List.Item>
      </List>
      <Button w="fit-content" size="lg" loading={loading} onClick={() => void requestPairingCode(api)}>
        {live ? t('display:pairing.newCode') : t('display:pairing.getCode')}
      </Button>
      {error === null ? null : <ErrorAlert error={error} />}
      {code === null ? null : (
        <Paper withBorder p="lg" aria-live="polite">
          {live ? (
            <>
              <Text>{t('display:pairing.codeLabel')}</Text>
              <Text ff="monospace" fz={48} fw={700} data-testid="display-pairing-code">{groupDisplayCode(code.code)}</Text>
              <Text c="dimmed">{t('display:pairing.expiresIn', { time: formatCountdown(remainingMs) })}</Text>
            </>
          ) : (
            <Text>{t('display:pairing.expired')}</Text>
          )}
        </Paper>
      )}
    </Stack>
  );
}
