import type { Input } from '../../../../shared/ipc/contract';
import type { TaxProfileId } from '../../../../shared/domain/sales/tax-profiles';
import type { SettingsView } from '../../../../shared/ipc/contract/settings';
import type { Locale } from '../../lib/i18n';
import {
  checkCurrency,
  checkIdleMinutes,
  checkName,
  checkOptionalHttpsUrl,
} from '../../lib/validate';
import type { FieldError } from '../../lib/validate';
import type { Density, Settings, Theme } from '../../stores/settings.store';
import { overridesOf, ratesFor, sameOverrides } from './tax-rates';

/** The editable copy of Settings: optional text fields are '' when unset. */
export type SettingsForm = {
  terminalName: string;
  merchantName: string;
  locale: Locale;
  currency: string;
  theme: Theme;
  density: Density;
  printer: string;
  backendUrl: string;
  idleLockMinutes: number | string;
  taxProfileId: TaxProfileId;
  /** The rate of each class of the profile as typed, in percent ("13", "8.25"). */
  taxRates: Readonly<Record<string, string>>;
};

export type SettingsErrors = Partial<Record<Exclude<keyof SettingsForm, 'taxProfileId' | 'taxRates'>, FieldError | null>>;

export function fromSettings(settings: SettingsView): SettingsForm {
  return {
    terminalName: settings.terminalName,
    merchantName: settings.merchantName,
    locale: settings.locale,
    currency: settings.currency,
    theme: settings.theme,
    density: settings.density,
    printer: settings.printer ?? '',
    backendUrl: settings.backendUrl ?? '',
    idleLockMinutes: settings.idleLockMinutes,
    taxProfileId: settings.taxProfileId,
    taxRates: ratesFor(settings.taxProfileId, settings.taxRateOverrides),
  };
}

export function validateSettings(form: SettingsForm): SettingsErrors {
  return {
    terminalName: checkName(form.terminalName),
    merchantName: checkName(form.merchantName),
    currency: checkCurrency(form.currency),
    printer: form.printer.trim().length > 120 ? { code: 'tooLong', max: 120 } : null,
    backendUrl: checkOptionalHttpsUrl(form.backendUrl),
    idleLockMinutes: checkIdleMinutes(form.idleLockMinutes),
  };
}

const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Only what changed, so a save never overwrites a setting someone else changed meanwhile. */
export function toPatch(form: SettingsForm, original: SettingsView): Input<'settings.update'> {
  const next: Settings = {
    terminalName: form.terminalName.trim(),
    merchantName: form.merchantName.trim(),
    locale: form.locale,
    currency: form.currency,
    theme: form.theme,
    density: form.density,
    printer: blankToNull(form.printer),
    backendUrl: blankToNull(form.backendUrl),
    idleLockMinutes: Number(form.idleLockMinutes),
  };
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof Settings)[]) {
    if (next[key] !== original[key]) patch[key] = next[key];
  }
  // The profile is sent only when chosen; its overrides whenever they (or the profile) change.
  const overrides = overridesOf(form.taxProfileId, form.taxRates);
  if (form.taxProfileId !== original.taxProfileId) patch['taxProfileId'] = form.taxProfileId;
  if (form.taxProfileId !== original.taxProfileId || !sameOverrides(overrides, original.taxRateOverrides)) {
    patch['taxRateOverrides'] = overrides;
  }
  return patch as Input<'settings.update'>;
}
