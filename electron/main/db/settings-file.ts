import Conf, { type Schema } from 'conf';

import { settings as settingsSchema, type Settings } from '../../../shared/ipc/contract/settings';
import { z } from '../../../shared/ipc/zod';
import type { SettingsStore } from '../core/settings/settings-store';

/**
 * Terminal settings in one file, `<dir>/settings.json`, behind the one `SettingsStore` interface.
 * The Electron shell stores it with electron-store under userData (platform/settings-store.ts);
 * the web host and the CLI with `conf`, electron-store's engine, in the data directory (below):
 * electron-store imports electron, which plain Node cannot load. Both are the same Conf class
 * with the same options (`settingsConfOptions`), so the file is read and written identically.
 *
 * Two checks, both from the contract's `settings` schema: conf validates every write against its
 * JSON Schema (refinements such as the currency list and https-only are not expressible there),
 * and every read goes through the zod schema itself, so a hand-edited file reads as "no settings".
 */
export const SETTINGS_CONFIG_NAME = 'settings';

/** The part of Conf the store uses, so tests can inject a plain object. */
export type SettingsBacking = { store: Record<string, unknown>; readonly path: string };

export type SettingsRecord = Record<string, unknown>;

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

/**
 * The Conf options of the settings file for either engine (electron-store names the file with
 * `name`, conf with `configName`; the callers add that and the folder).
 */
export function settingsConfOptions() {
  return {
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    watch: false,
    schema: settingsJsonSchema(),
    // Settings are terminal preferences, not ledger data: a file the schema rejects is cleared
    // (the app falls back to its defaults) instead of stopping the till from starting.
    clearInvalidConfig: true,
  } as const;
}

/** The web host and the CLI: `<cwd>/settings.json` (cwd is the data directory) through conf. */
export function openSettingsFile(cwd: string): SettingsFile {
  return new SettingsFile(new Conf<SettingsRecord>({ ...settingsConfOptions(), cwd, configName: SETTINGS_CONFIG_NAME }));
}
