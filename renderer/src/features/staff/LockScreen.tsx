import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { CenteredPanel } from '../../components/CenteredPanel';
import { IconLock } from '../../components/Icons';
import { SecretInput } from '../../components/SecretInput';
import { useSubmission } from '../../lib/use-submission';
import { useSessionStore } from '../../stores/session.store';
import { signOut, unlock } from './session.actions';
import { SignInError } from './SignInError';

/** Covers the frame after an idle or manual lock; the same staff member unlocks. */
export function LockScreen() {
  const { t } = useTranslation();
  const staff = useSessionStore((state) => state.staff);
  const reason = useSessionStore((state) => state.lockReason);
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, error, run } = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(secret === '');
    if (secret === '' || busy) return;
    const sent = secret;
    setSecret('');
    await run(() => unlock(api, sent));
  };

  return (
    <div className="tb-lock-overlay" role="dialog" aria-modal="true" aria-label={t('auth:lock.title')}>
      <CenteredPanel title={t('auth:lock.title')} width={440} landmark={false}>
        <Stack gap={4}>
          <Text>
            {staff === null
              ? t('auth:lock.bodyNoName')
              : t('auth:lock.body', { name: staff.displayName })}
          </Text>
          {reason === null ? null : (
            <Text size="sm" c="dimmed" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
              <IconLock size={16} />
              {t(reason === 'idle' ? 'auth:lock.idle' : 'auth:lock.manual')}
            </Text>
          )}
        </Stack>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <SecretInput
              label={t('auth:lock.secret')}
              value={secret}
              onChange={(event) => setSecret(event.currentTarget.value)}
              error={missing ? t('auth:signIn.secretRequired') : undefined}
              autoComplete="current-password"
              autoFocus
              required
            />
            <SignInError error={error} />
            <Button type="submit" loading={busy} fullWidth>
              {t('auth:lock.submit')}
            </Button>
            <Button variant="subtle" onClick={() => void signOut(api).catch(() => undefined)}>
              {t('auth:lock.switchUser')}
            </Button>
          </Stack>
        </form>
      </CenteredPanel>
    </div>
  );
}
