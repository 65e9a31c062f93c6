import { settings as settingsSchema, type Settings } from '../../../../shared/ipc/contract/settings';
import { DEFAULT_SETTINGS, type SettingsStore } from '../../core/settings/settings-store';

/** Stored settings, or the defaults; a stored value that no longer parses falls back too. */
export function currentSettings(store: SettingsStore): Settings {
  const parsed = settingsSchema.safeParse(store.read());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
