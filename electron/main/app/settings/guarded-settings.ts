import type { Settings } from '../../../../shared/ipc/contract/settings';
import type { Clock } from '../../core/ports';
import { DEFAULT_SETTINGS, type SettingsStore } from '../../core/settings/settings-store';
import { readGuardedSettings, writeGuardedSettings, type GuardedSettings } from '../../db/repositories/state.repo';
import type { LedgerDb } from '../ledger/ports';

/** The settings that are kept in the ledger database, chained, instead of the plain settings file. */
export const GUARDED_SETTING_KEYS = ['allowSelfApproval', 'backendUrl'] as const satisfies readonly (keyof Settings)[];

/**
 * The guarded settings (the owner's four-eyes policy, the backend address), read once at start
 * and kept here as the database holds them. The settings file is a plain file anyone at the
 * machine can edit; for these keys it is never read.
 */
export type GuardedSettingsCache = {
  values(): GuardedSettings;
  /** Writes and chains new values in one transaction, then serves them. */
  save(values: GuardedSettings): Promise<void>;
};

export async function loadGuardedSettings(ports: LedgerDb & { readonly clock: Clock }): Promise<GuardedSettingsCache> {
  let current = await ports.db.tx.read(readGuardedSettings);
  return {
    values: () => current,
    async save(values) {
      await ports.db.tx.write((tx) => writeGuardedSettings(tx, ports.mac, values, ports.clock.nowMs()));
      current = values;
    },
  };
}

/** The settings store with the guarded keys taken from the database, whatever the file says. */
export function withGuardedSettings(store: SettingsStore, guarded: GuardedSettingsCache): SettingsStore {
  return {
    read() {
      const file = store.read();
      const { allowSelfApproval, backendUrl } = guarded.values();
      // No file yet: the defaults, but never without what the database holds.
      if (!file) return allowSelfApproval || backendUrl !== null ? { ...DEFAULT_SETTINGS, allowSelfApproval, backendUrl } : file;
      return { ...file, allowSelfApproval, backendUrl };
    },
    write: (next) => store.write(next),
  };
}

/** Whether a settings patch touches a guarded key. */
export function touchesGuarded(patch: Partial<Settings>): boolean {
  return GUARDED_SETTING_KEYS.some((key) => key in patch);
}
