import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { CenteredPanel } from '../../components/CenteredPanel';
import { SecretInput } from '../../components/SecretInput';
import { useSubmission } from '../../lib/use-submission';
import { useSettingsStore } from '../../stores/settings.store';
import { SignInError } from './SignInError';
import { signIn } from './session.actions';

export function SignInScreen() {
  const { t } = useTranslation();
  const settings = useSettingsStore((state) => state.shown);
  const [staffCode, setStaffCode] = useState('');
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState<{ code: boolean; secret: boolean }>({ code: false, secret: false });
  const { busy, error, run } = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = { code: staffCode.trim() === '', secret: secret === '' };
    setMissing(next);
    if (next.code || next.secret || busy) return;
    const sent = secret;
    setSecret(''); // cleared right after sending
    await run(() => signIn(api, staffCode, sent));
  };

  const place =
    settings === null
      ? undefined
      : t('common:topBar.place', { merchant: settings.merchantName, terminal: settings.terminalName });

  return (
    <CenteredPanel title={t('auth:signIn.title')} subtitle={t('auth:signIn.subtitle')} width={440}>
      {place === undefined ? null : (
        <Text fw={500} data-testid="place">
          {place}
        </Text>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('auth:signIn.staffCode')}
            value={staffCode}
            onChange={(event) => setStaffCode(event.currentTarget.value)}
            error={missing.code ? t('auth:signIn.staffCodeRequired') : undefined}
            autoComplete="username"
            autoCapitalize="characters"
            spellCheck={false}
            autoFocus
            required
          />
          <SecretInput
            label={t('auth:signIn.secret')}
            value={secret}
            onChange={(event) => setSecret(event.currentTarget.value)}
            error={missing.secret ? t('auth:signIn.secretRequired') : undefined}
            autoComplete="current-password"
            required
          />
          <SignInError error={error} />
          <Button type="submit" loading={busy} fullWidth>
            {t('auth:signIn.submit')}
          </Button>
        </Stack>
      </form>
    </CenteredPanel>
  );
}
