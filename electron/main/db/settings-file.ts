import Conf, { type Schema } from 'conf';

import { settings as settingsSchema, type Settings } from '../../../shared/ipc/contract/settings';
import { z } from '../../../shared/ipc/zod';
import type { SettingsStore } from '../core/settings/settings-store';

/**
 * Terminal settings in one file, `<dir>/settings.json`, for every host: the Electron shell
 * (`<userData>`), the web host and the CLI (the data directory). Built on `conf`, the engine of
 * electron-store, rather than on electron-store itself: electron-store's constructor registers
 * `ipcMain.on('electron-store-get-data')` in main, an IPC listener outside ipc/router.ts that
 * answers any renderer with the userData path (security.md §1.3). electron-store adds nothing
 * else we use (its default cwd is userData, which we pass explicitly).
 *
 * Two checks, both from the contract's `settings` schema: conf validates every write against its
 * JSON Schema (refinements such as the currency list and https-only are not expressible there),
 * and every read goes through the zod schema itself, so a hand-edited file reads as "no settings".
 */
export const SETTINGS_CONFIG_NAME = 'settings';

/** The part of Conf the store uses, so tests can inject a plain object. */
export type SettingsBacking = { store: Record<string, unknown>; readonly path: string };

type SettingsRecord = Record<string, unknown>;

/** The contract's settings schema as a conf `schema` (one JSON Schema per top-level key). */
export function settingsJsonSchema(): Schema<SettingsRecord> {
  const root = z.toJSONSchema(settingsSchema, { target: 'draft-2020-12', io: 'input' }) as {
    properties?: Schema<SettingsRecord>;
  };
  return root.properties ?? {};
}

export class SettingsFile implements SettingsStore {
  constructor(private readonly backing: SettingsBacking) {}

  get path(): string {
    return this.backing.path;
  }

  read(): Settings | undefined {
    const stored = { ...this.backing.store };
    if (Object.keys(stored).length === 0) return undefined;
    const parsed = settingsSchema.safeParse(stored);
    return parsed.success ? parsed.data : undefined;
  }

  write(next: Settings): void {
    this.backing.store = settingsSchema.parse(next);
  }
}

/** `cwd` is `app.getPath('userData')` in the shell, the data directory in browser mode. */
export function openSettingsFile(cwd: string): SettingsFile {
  const conf = new Conf<SettingsRecord>({
    cwd,
    configName: SETTINGS_CONFIG_NAME,
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    watch: false,
    schema: settingsJsonSchema(),
    // Settings are terminal preferences, not ledger data: a file the schema rejects is cleared
    // (the app falls back to its defaults) instead of stopping the till from starting.
    clearInvalidConfig: true,
  });
  return new SettingsFile(conf);
}
