import { AppShell } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { api } from '../api/client';
import { currentSection } from '../features/registry';
import { lockNow } from '../features/staff/session.actions';
import { LockScreen } from '../features/staff/LockScreen';
import { useIdleLock } from '../features/staff/use-idle-lock';
import { useNavStore } from '../stores/nav.store';
import { useSessionStore } from '../stores/session.store';
import { useSettingsStore } from '../stores/settings.store';
import { NavRail } from './NavRail';
import { TopBar } from './TopBar';

/**
 * The signed-in frame: top bar, the nav rail and the current section's screen, all from the
 * feature registry. When the session locks, the frame stays (inert, hidden from assistive tech)
 * under the lock screen, but the section's screen is unmounted: locking resets every
 * session-scoped store, and the screen loads afresh after the unlock.
 */
export function AppFrame() {
  const { t } = useTranslation();
  const picked = useNavStore((state) => state.section);
  const phase = useSessionStore((state) => state.phase);
  const idleLockMs = useSessionStore((state) => state.idleLockMs);
  const large = useSettingsStore((state) => state.shown?.density === 'large');
  const locked = phase === 'locked';
  const role = useSessionStore((state) => state.staff?.role);
  const section = currentSection(role, picked);

  useIdleLock(phase === 'active', idleLockMs, () => {
    void lockNow(api, 'idle').catch(() => undefined);
  });

  return (
    <>
      <div className="tb-frame" inert={locked} aria-hidden={locked ? true : undefined}>
        <AppShell
          header={{ height: large ? 72 : 60 }}
          navbar={{ width: large ? 124 : 108, breakpoint: 0 }}
          padding="lg"
        >
          <AppShell.Header aria-label={t('common:topBar.label')}>
            <TopBar />
          </AppShell.Header>
          <AppShell.Navbar className="tb-rail-scroll">
            <NavRail />
          </AppShell.Navbar>
          <AppShell.Main>
            {locked || section === undefined ? null : <section.Screen key={section.id} />}
          </AppShell.Main>
        </AppShell>
      </div>
      {locked ? <LockScreen /> : null}
    </>
  );
}
