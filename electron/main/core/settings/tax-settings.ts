import { defaultTaxProfileId, type TaxProfileId } from '../../../../shared/domain/sales/tax-profiles';
import type { Settings, SettingsView } from '../../../../shared/ipc/contract/settings';

/** The tax profile sales are priced with: the one chosen, or the default of the base currency. */
export function effectiveTaxProfileId(settings: Pick<Settings, 'taxProfileId' | 'currency'>): TaxProfileId {
  return settings.taxProfileId ?? defaultTaxProfileId(settings.currency);
}

/**
 * Settings after a patch. Rate overrides belong to one profile's classes, so when the patch moves
 * the shop to another profile (chosen, or by a new currency's default) without sending overrides
 * of its own, the old ones are dropped rather than refused.
 */
export function patchedSettings(current: Settings, patch: Partial<Settings>): Settings {
  const next: Settings = { ...current, ...patch };
  if (Object.hasOwn(patch, 'taxRateOverrides') || effectiveTaxProfileId(next) === effectiveTaxProfileId(current)) return next;
  delete next.taxRateOverrides;
  return next;
}

/** What signed-in staff see: the resolved profile, its overrides (none: []), and the currency lock. */
export function settingsViewOf(settings: Settings, baseCurrencyLocked: boolean): SettingsView {
  return {
    ...settings,
    taxProfileId: effectiveTaxProfileId(settings),
    taxRateOverrides: settings.taxRateOverrides ?? [],
    baseCurrencyLocked,
  };
}
