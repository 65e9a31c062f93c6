import { settings as settingsSchema, type PublicSettings, type Settings, type SettingsView } from '../../../../shared/ipc/contract/settings';
import { DEFAULT_SETTINGS, type SettingsStore } from '../../core/settings/settings-store';
import { settingsViewOf } from '../../core/settings/tax-settings';
import type { GuardedSettingsCache } from './guarded-settings';

/** Stored settings, or the defaults; a stored value that no longer parses falls back too. */
export function currentSettings(store: SettingsStore): Settings {
  const parsed = settingsSchema.safeParse(store.read());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** The part anyone at the till may read before signing in (`settings.public`). */
export function currentPublicSettings(store: SettingsStore): PublicSettings {
  const { terminalName, merchantName, locale, currency, theme, density } = currentSettings(store);
  return { terminalName, merchantName, locale, currency, theme, density };
}

export type ReadSettingsView = () => Promise<SettingsView>;

/** `settings.get`: every setting, the tax profile resolved, and whether the base currency is locked. */
export function readSettingsView(ports: { readonly settings: SettingsStore; readonly guarded: GuardedSettingsCache }): ReadSettingsView {
  return async () => settingsViewOf(currentSettings(ports.settings), await ports.guarded.currencyLocked());
}
