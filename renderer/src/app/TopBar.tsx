import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../api/client';
import { IconLock, IconLogout, IconUser } from '../components/Icons';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { DemoBadge } from '../features/demo/DemoBadge';
import { lockNow, signOut } from '../features/staff/session.actions';
import { useSessionStore } from '../stores/session.store';
import { useSettingsStore } from '../stores/settings.store';

/** Merchant and terminal, who is signed in, language, lock and sign-out. */
export function TopBar() {
  const { t } = useTranslation();
  const settings = useSettingsStore((state) => state.shown);
  const staff = useSessionStore((state) => state.staff);
  const [busy, setBusy] = useState<'lock' | 'signOut' | null>(null);

  const run = (which: 'lock' | 'signOut', action: () => Promise<void>) => {
    setBusy(which);
    action()
      .catch(() => undefined) // the session store already reflects what happened
      .finally(() => setBusy(null));
  };

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="md" wrap="nowrap" miw={0}>
        <Text fw={800} className="tb-wordmark">
          {t('common:appName')}
        </Text>
        {settings === null ? null : (
          <Text fw={500} truncate="end" data-testid="place">
            {t('common:topBar.place', { merchant: settings.merchantName, terminal: settings.terminalName })}
          </Text>
        )}
        <DemoBadge />
      </Group>
      <Group gap="sm" wrap="nowrap">
        {staff === null ? null : (
          <Group gap={6} wrap="nowrap" data-testid="signed-in-staff">
            <IconUser size={20} />
            <Text size="sm" fw={500}>
              {t('common:topBar.staff', { name: staff.displayName })}
            </Text>
            <Badge variant="light" size="lg" tt="none">
              {t(`common:roles.${staff.role}`)}
            </Badge>
          </Group>
        )}
        <LanguageSwitch />
        <Button
          variant="default"
          leftSection={<IconLock size={18} />}
          title={t('common:topBar.lockHint')}
          loading={busy === 'lock'}
          onClick={() => run('lock', () => lockNow(api, 'manual'))}
        >
          {t('common:topBar.lock')}
        </Button>
        <Button
          variant="subtle"
          leftSection={<IconLogout size={18} />}
          loading={busy === 'signOut'}
          onClick={() => run('signOut', () => signOut(api))}
        >
          {t('common:topBar.signOut')}
        </Button>
      </Group>
    </Group>
  );
}
