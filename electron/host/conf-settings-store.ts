import Conf from 'conf';
import { settings as settingsSchema, type Settings } from '../../shared/ipc/contract/settings';
import type { SettingsStore } from '../main/core/settings/settings-store';

export const SETTINGS_CONFIG_NAME = 'settings';

/**
 * Terminal settings in browser mode and the CLI: `<dataDir>/settings.json` through `conf`.
 * The file is read back through the contract schema, so a hand-edited or stale file reads as
 * "no settings" (the app then uses its defaults) instead of reaching handlers unchecked.
 */
export class ConfSettingsStore implements SettingsStore {
  private readonly conf: Conf<Record<string, unknown>>;

  constructor(dataDir: string) {
    this.conf = new Conf<Record<string, unknown>>({
      cwd: dataDir,
      configName: SETTINGS_CONFIG_NAME,
      configFileMode: 0o600,
      accessPropertiesByDotNotation: false,
      watch: false,
    });
  }

  get path(): string {
    return this.conf.path;
  }

  read(): Settings | undefined {
    const stored = { ...this.conf.store };
    if (Object.keys(stored).length === 0) return undefined;
    const parsed = settingsSchema.safeParse(stored);
    return parsed.success ? parsed.data : undefined;
  }

  write(next: Settings): void {
    this.conf.store = settingsSchema.parse(next);
  }
}
