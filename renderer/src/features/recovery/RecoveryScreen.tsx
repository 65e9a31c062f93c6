import { Alert, Button, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { CenteredPanel } from '../../components/CenteredPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconAlert } from '../../components/Icons';
import { SecretInput } from '../../components/SecretInput';
import { useSubmission } from '../../lib/use-submission';
import { useBootStore } from '../../stores/boot.store';
import { acceptRollback } from './recovery.actions';

/** What was found, in words: the reason decides the sentence, the seqs fill it in. */
function Finding() {
  const { t } = useTranslation();
  const finding = useBootStore((state) => state.rollback);
  if (finding === null) return null;
  const values = {
    headSeq: finding.headSeq,
    anchorSeq: finding.anchorSeq ?? 0,
    missing: Math.max(0, (finding.anchorSeq ?? 0) - finding.headSeq),
  };
  return (
    <Alert color="red" icon={<IconAlert />} title={t('recovery:finding.title')}>
      <Text size="sm" data-testid="rollback-finding">
        {t(`recovery:finding.${finding.reason}`, values)}
      </Text>
    </Alert>
  );
}

/**
 * Shown instead of everything else when the database is older than its chain anchor
 * (docs/security.md §6.1): what happened, what is lost, and the owner's confirmation.
 */
export function RecoveryScreen() {
  const { t } = useTranslation();
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
    await run(() => acceptRollback(api, staffCode, sent));
  };

  return (
    <CenteredPanel title={t('recovery:title')} subtitle={t('recovery:subtitle')} width={560}>
      <Finding />
      <Stack gap="xs">
        <Text size="sm">{t('recovery:explain')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('recovery:lost')}</List.Item>
          <List.Item>{t('recovery:doNotSell')}</List.Item>
          <List.Item>{t('recovery:otherwise')}</List.Item>
        </List>
      </Stack>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="recovery-form-title">
        <Stack gap="md">
          <Text fw={600} id="recovery-form-title">
            {t('recovery:form.title')}
          </Text>
          <TextInput
            label={t('recovery:form.staffCode')}
            value={staffCode}
            onChange={(event) => setStaffCode(event.currentTarget.value)}
            error={missing.code ? t('recovery:form.staffCodeRequired') : undefined}
            autoComplete="username"
            autoCapitalize="characters"
            spellCheck={false}
            autoFocus
            required
          />
          <SecretInput
            label={t('recovery:form.secret')}
            value={secret}
            onChange={(event) => setSecret(event.currentTarget.value)}
            error={missing.secret ? t('recovery:form.secretRequired') : undefined}
            autoComplete="current-password"
            required
          />
          {/* A manager's secret is right but not enough here: say who can, not "ask a manager". */}
          {error?.code === 'forbidden' ? (
            <Alert color="red" icon={<IconAlert />} title={t('recovery:form.notOwnerTitle')}>
              <Text size="sm">{t('recovery:form.notOwner')}</Text>
            </Alert>
          ) : error === null ? null : (
            <ErrorAlert error={error} />
          )}
          <Button type="submit" loading={busy} fullWidth>
            {t('recovery:form.submit')}
          </Button>
        </Stack>
      </form>
    </CenteredPanel>
  );
}
