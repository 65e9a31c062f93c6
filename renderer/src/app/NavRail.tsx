import { Stack, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { IconSettings, IconShieldCheck } from '../components/Icons';
import { useNavStore } from '../stores/nav.store';
import type { Section } from '../stores/nav.store';

/** Only sections that exist are listed; the rest appear here when they are built. */
const ITEMS: readonly { section: Section; labelKey: string; icon: ReactNode }[] = [
  { section: 'health', labelKey: 'common:nav.health', icon: <IconShieldCheck size={26} /> },
  { section: 'settings', labelKey: 'common:nav.settings', icon: <IconSettings size={26} /> },
];

export function NavRail() {
  const { t } = useTranslation();
  const current = useNavStore((state) => state.section);
  const go = useNavStore((state) => state.go);
  return (
    <nav aria-label={t('common:nav.label')}>
      <Stack gap={6} p={8}>
        {ITEMS.map((item) => (
          <UnstyledButton
            key={item.section}
            className="tb-rail-item"
            aria-current={current === item.section ? 'page' : undefined}
            onClick={() => go(item.section)}
          >
            {item.icon}
            <span>{t(item.labelKey)}</span>
          </UnstyledButton>
        ))}
      </Stack>
    </nav>
  );
}
