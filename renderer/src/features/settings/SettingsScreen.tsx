import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck, IconInfo } from '../../components/Icons';
import { PageTitle } from '../../components/PageTitle';
import { formatTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { hasErrors } from '../../lib/validate';
import { canManage, useSessionStore } from '../../stores/session.store';
import type { SettingsView } from '../../../../shared/ipc/contract/settings';
import { loadFullSettings, saveSettings } from './settings.actions';
import { useFullSettingsStore } from './settings.store';
import { fromSettings, toPatch, validateSettings } from './settings-form';
import type { SettingsErrors, SettingsForm } from './settings-form';
import { SettingsFields } from './SettingsFields';
import { invalidRates } from './tax-rates';

function SettingsEditor({ settings, editable }: { settings: SettingsView; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const savedAtMs = useFullSettingsStore((state) => state.savedAtMs);
  const clearSaved = useFullSettingsStore((state) => state.clearSaved);
  const [form, setForm] = useState<SettingsForm>(() => fromSettings(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [badRates, setBadRates] = useState<readonly string[]>([]);
  const [unchanged, setUnchanged] = useState(false);
  const { busy, error, run } = useSubmission();

  const update = (patch: Partial<SettingsForm>) => {
    setForm((prev) => ({ ...prev, ...patch }));
    setUnchanged(false);
    clearSaved();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!editable || busy) return;
    const found = validateSettings(form);
    const rates = invalidRates(form.taxRates);
    setErrors(found);
    setBadRates(rates);
    if (hasErrors(found) || rates.length > 0) return;
    const patch = toPatch(form, settings);
    if (Object.keys(patch).length === 0) {
      setUnchanged(true);
      return;
    }
    await run(() => saveSettings(api, patch));
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="lg">
        <SettingsFields
          form={form}
          errors={errors}
          update={update}
          readOnly={!editable}
          currencyLocked={settings.baseCurrencyLocked}
          invalidRates={badRates}
        />
        {error === null ? null : <ErrorAlert error={error} />}
        {savedAtMs === null ? null : (
          <Alert color="green" icon={<IconCheck />} role="status">
            {t('settings:savedAt', { time: formatTime(savedAtMs, currentLocale(i18n)) })}
          </Alert>
        )}
        {unchanged ? (
          <Text role="status" c="dimmed">
            {t('settings:unchanged')}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={busy} disabled={!editable}>
            {t('settings:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Terminal settings: managers and owners edit; cashiers see them read-only, with the reason. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useFullSettingsStore((state) => state.settings);
  const version = useFullSettingsStore((state) => state.version);
  const role = useSessionStore((state) => state.staff?.role);
  const editable = canManage(role);

  useEffect(() => {
    if (useFullSettingsStore.getState().settings === null) void loadFullSettings(api).catch(() => undefined);
    return () => useFullSettingsStore.getState().clearSaved();
  }, []);

  return (
    <Stack gap="lg" maw={960}>
      <PageTitle title={t('settings:title')} subtitle={t('settings:subtitle')} />
      {editable ? null : (
        <Alert color="indigo" icon={<IconInfo />} title={t('settings:readOnly.title')} data-testid="settings-read-only">
          {t('settings:readOnly.body')}
        </Alert>
      )}
      {settings === null ? (
        <Loader aria-label={t('common:loading')} />
      ) : (
        // a successful save remounts the editor with what main stored
        <SettingsEditor key={version} settings={settings} editable={editable} />
      )}
    </Stack>
  );
}
