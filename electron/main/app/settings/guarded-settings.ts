import { err, ok, type Result } from '../../../../shared/domain/result';
import { taxProfileId, taxRateOverrides } from '../../../../shared/domain/sales/tax-profiles';
import type { Settings } from '../../../../shared/ipc/contract/settings';
import type { Clock } from '../../core/ports';
import { DEFAULT_SETTINGS, type SettingsStore } from '../../core/settings/settings-store';
import { META_KEYS, readMetaIn } from '../../db/repositories/meta.repo';
import { hasCompletedSales } from '../../db/repositories/sale-exists.repo';
import { readGuardedSettings, writeGuardedSettings, type GuardedSettings } from '../../db/repositories/state.repo';
import type { ReadTx } from '../../db/tx';
import type { LedgerDb } from '../ledger/ports';

/** The settings that are kept in the ledger database, chained, instead of the plain settings file. */
export const GUARDED_SETTING_KEYS = [
  'allowSelfApproval', 'backendUrl', 'currency', 'taxProfileId', 'taxRateOverrides',
] as const satisfies readonly (keyof Settings)[];

/** Whether a sale is on record (the base currency is then locked): the repository, or a fake in tests. */
export type SalesExist = (tx: ReadTx) => Promise<boolean>;

/**
 * The guarded settings (the owner's four-eyes policy, the backend address, the base currency, the
 * tax profile), read once at start and kept here as the database holds them. The settings file is
 * a plain file anyone at the machine can edit; for these keys it is never read.
 */
export type GuardedSettingsCache = {
  values(): GuardedSettings;
  /**
   * Writes and chains new values in one transaction, then serves them. A new base currency is
   * refused (`base_currency_locked`) inside that same transaction once a sale exists, so no sale
   * can be committed between the check and the change.
   */
  save(values: GuardedSettings): Promise<Result<true>>;
  /** Whether sales exist, so the base currency can no longer change. */
  currencyLocked(): Promise<boolean>;
};

export async function loadGuardedSettings(
  ports: LedgerDb & { readonly clock: Clock; readonly salesExist?: SalesExist },
): Promise<GuardedSettingsCache> {
  const salesExist = ports.salesExist ?? hasCompletedSales;
  let current = await ports.db.tx.read(readGuardedSettings);
  return {
    values: () => current,
    async save(values) {
      const saved = await ports.db.tx.write(async (tx): Promise<Result<true>> => {
        const base = await readMetaIn(tx, META_KEYS.currency);
        if (values.currency !== null && base !== undefined && values.currency !== base && (await salesExist(tx))) {
          return err('base_currency_locked', `sales are recorded in ${base}; the base currency cannot change`);
        }
        await writeGuardedSettings(tx, ports.mac, values, ports.clock.nowMs());
        return ok(true);
      });
      if (saved.ok) current = values;
      return saved;
    },
    currencyLocked: () => ports.db.tx.read(salesExist),
  };
}

/** The guarded values as settings fields; a stored value that no longer parses is left out (the default applies). */
function settingsFromDatabase(values: GuardedSettings): Partial<Settings> {
  const profile = taxProfileId.safeParse(values.taxProfileId);
  const overrides = values.taxRateOverrides === null ? undefined : taxRateOverrides.safeParse(safeJson(values.taxRateOverrides));
  return {
    allowSelfApproval: values.allowSelfApproval,
    backendUrl: values.backendUrl,
    ...(values.currency === null ? {} : { currency: values.currency }),
    ...(profile.success ? { taxProfileId: profile.data } : {}),
    ...(overrides?.success === true ? { taxRateOverrides: overrides.data } : {}),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The settings store with the guarded keys taken from the database, whatever the file says. */
export function withGuardedSettings(store: SettingsStore, guarded: GuardedSettingsCache): SettingsStore {
  return {
    read() {
      const file = store.read();
      const values = guarded.values();
      const fromDatabase = settingsFromDatabase(values);
      // No file yet: the defaults, but never without what the database holds.
      if (!file) return Object.values(values).some((v) => v !== null && v !== false) ? { ...DEFAULT_SETTINGS, ...fromDatabase } : file;
      const rest: Settings = { ...file };
      delete rest.taxProfileId;
      delete rest.taxRateOverrides;
      return { ...rest, ...fromDatabase };
    },
    write: (next) => store.write(next),
  };
}

/** Whether a settings patch touches a guarded key. */
export function touchesGuarded(patch: Partial<Settings>): boolean {
  return GUARDED_SETTING_KEYS.some((key) => key in patch);
}

/** The guarded part of settings as the database stores it (no overrides: nothing stored). */
export function guardedValuesOf(settings: Settings): GuardedSettings {
  const overrides = settings.taxRateOverrides ?? [];
  return {
    allowSelfApproval: settings.allowSelfApproval === true,
    backendUrl: settings.backendUrl,
    currency: settings.currency,
    taxProfileId: settings.taxProfileId ?? null,
    taxRateOverrides: overrides.length === 0 ? null : JSON.stringify(overrides),
  };
}
