import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { loadSettings } from '../../app/boot';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck, IconInfo } from '../../components/Icons';
import { PageTitle } from '../../components/PageTitle';
import { formatTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { hasErrors } from '../../lib/validate';
import { canManage, useSessionStore } from '../../stores/session.store';
import { useSettingsStore } from '../../stores/settings.store';
import type { Settings } from '../../stores/settings.store';
import { saveSettings } from './settings.actions';
import { fromSettings, toPatch, validateSettings } from './settings-form';
import type { SettingsErrors, SettingsForm } from './settings-form';
import { SettingsFields } from './SettingsFields';

function SettingsEditor({ settings, editable }: { settings: Settings; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const savedAtMs = useSettingsStore((state) => state.savedAtMs);
  const clearSaved = useSettingsStore((state) => state.clearSaved);
  const [form, setForm] = useState<SettingsForm>(() => fromSettings(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
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
    setErrors(found);
    if (hasErrors(found)) return;
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
        <SettingsFields form={form} errors={errors} update={update} readOnly={!editable} />
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
  const settings = useSettingsStore((state) => state.settings);
  const version = useSettingsStore((state) => state.version);
  const role = useSessionStore((state) => state.staff?.role);
  const editable = canManage(role);

  useEffect(() => {
    if (useSettingsStore.getState().settings === null) void loadSettings(api);
    return () => useSettingsStore.getState().clearSaved();
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
