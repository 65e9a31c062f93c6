import type { Input } from '../../../../shared/ipc/contract';
import { unknownOverrideClasses } from '../../../../shared/domain/sales/tax-profiles';
import { settings as settingsSchema, type Settings, type SettingsView } from '../../../../shared/ipc/contract/settings';
import { roleSatisfies } from '../../../../shared/ipc/method';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import type { SettingsStore } from '../../core/settings/settings-store';
import { effectiveTaxProfileId, patchedSettings, settingsViewOf } from '../../core/settings/tax-settings';
import type { StaffSession } from '../../core/staff/session';
import type { RecordAudit } from '../audit/record-audit';
import { guardedValuesOf, touchesGuarded, type GuardedSettingsCache } from './guarded-settings';
import { currentSettings } from './read-settings';

export type UpdateSettings = (patch: Input<'settings.update'>, caller: Caller | null, origin: string) => Promise<Result<SettingsView>>;

/** Settings only an owner may change: policies that weaken a control (four eyes). */
const OWNER_ONLY: readonly (keyof Settings)[] = ['allowSelfApproval'];

export type UpdateSettingsPorts = {
  readonly settings: SettingsStore; readonly guarded: GuardedSettingsCache; readonly session: StaffSession; readonly audit: RecordAudit;
};

/**
 * The guarded keys go to the database, chained, before the file; the file keeps only a copy. A new
 * base currency is refused once a sale exists (`base_currency_locked`), a rate override for a class
 * the tax profile does not have is refused (`unknown_tax_class`).
 */
export function updateSettings(ports: UpdateSettingsPorts): UpdateSettings {
  return async (input, caller, origin) => {
    // Structured clone keeps `{ key: undefined }`; an absent value means "leave it", not "clear it".
    const patch = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    const ownerOnly = OWNER_ONLY.filter((key) => Object.hasOwn(patch, key));
    if (ownerOnly.length > 0 && !(caller && roleSatisfies(caller.role, 'owner'))) {
      const reason = `only an owner may change ${ownerOnly.join(', ')}`;
      await ports.audit({ kind: 'audit.accessDenied', staffId: caller?.staffId ?? null, origin, detail: { method: 'settings.update', code: 'forbidden', reason } });
      return err('forbidden', reason);
    }
    const next = settingsSchema.safeParse(patchedSettings(currentSettings(ports.settings), patch));
    if (!next.success) return err('invalid_input', next.error.issues[0]?.message ?? 'invalid settings');
    const unknown = unknownOverrideClasses(effectiveTaxProfileId(next.data), next.data.taxRateOverrides ?? []);
    if (unknown.length > 0) return err('unknown_tax_class', `the tax profile has no class ${unknown.join(', ')}`);
    if (touchesGuarded(patch)) {
      const saved = await ports.guarded.save(guardedValuesOf(next.data));
      if (!saved.ok) return saved;
    }
    ports.settings.write(next.data);
    ports.session.setIdleLockMs(next.data.idleLockMinutes * 60_000);
    await ports.audit({ kind: 'audit.settingsChanged', staffId: caller?.staffId ?? null, detail: { keys: Object.keys(patch).sort() }, origin });
    return ok(settingsViewOf(next.data, await ports.guarded.currencyLocked()));
  };
}
