import { Stack, UnstyledButton } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { currentSection, sectionsFor } from '../features/registry';
import { useNavStore } from '../stores/nav.store';
import { useSessionStore } from '../stores/session.store';

/** Up/Down (and Home/End) move between the rail's buttons; Tab leaves the rail. */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.findIndex((button) => button === document.activeElement);
  if (at < 0 || buttons.length === 0) return;
  event.preventDefault();
  let next = at;
  if (event.key === 'ArrowDown') next = (at + 1) % buttons.length;
  if (event.key === 'ArrowUp') next = (at - 1 + buttons.length) % buttons.length;
  if (event.key === 'Home') next = 0;
  if (event.key === 'End') next = buttons.length - 1;
  buttons[next]?.focus();
}

/** One button per section the signed-in role may see, from the feature registry. */
export function NavRail() {
  const { t } = useTranslation();
  const role = useSessionStore((state) => state.staff?.role);
  const picked = useNavStore((state) => state.section);
  const go = useNavStore((state) => state.go);
  const current = currentSection(role, picked);
  return (
    <nav aria-label={t('common:nav.label')}>
      <Stack gap={6} p={8} onKeyDown={moveFocus}>
        {sectionsFor(role).map(({ id, labelKey, icon: Icon }) => (
          <UnstyledButton
            key={id}
            className="tb-rail-item"
            aria-current={current?.id === id ? 'page' : undefined}
            onClick={() => go(id)}
          >
            <Icon size={26} />
            <span>{t(labelKey)}</span>
          </UnstyledButton>
        ))}
      </Stack>
    </nav>
  );
}
