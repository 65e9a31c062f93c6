import { Button, Group, Loader, SimpleGrid, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconRefresh } from '../../components/Icons';
import { PageTitle } from '../../components/PageTitle';
import { ChainCard } from './ChainCard';
import { DatabaseCard } from './DatabaseCard';
import { loadHealth } from './health.actions';
import { useHealthStore } from './health.store';
import { VerifyPanel } from './VerifyPanel';

export function LedgerHealthScreen() {
  const { t } = useTranslation();
  const { health, loading, error } = useHealthStore();

  useEffect(() => {
    void loadHealth(api);
  }, []);

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('health:title')} subtitle={t('health:subtitle')} />
        <Button
          variant="default"
          leftSection={<IconRefresh size={18} />}
          onClick={() => void loadHealth(api)}
          loading={loading}
        >
          {t('health:refresh')}
        </Button>
      </Group>
      {error === null ? null : <ErrorAlert error={error} />}
      {health === null ? (
        loading ? <Loader aria-label={t('common:loading')} /> : null
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <DatabaseCard health={health} />
          <ChainCard health={health} />
        </SimpleGrid>
      )}
      <VerifyPanel />
    </Stack>
  );
}
