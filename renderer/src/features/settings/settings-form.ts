import type { Input } from '../../../../shared/ipc/contract';
import type { Locale } from '../../lib/i18n';
import {
  checkCurrency,
  checkIdleMinutes,
  checkName,
  checkOptionalHttpsUrl,
} from '../../lib/validate';
import type { FieldError } from '../../lib/validate';
import type { Density, Settings, Theme } from '../../stores/settings.store';

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
};

export type SettingsErrors = Partial<Record<keyof SettingsForm, FieldError | null>>;

export function fromSettings(settings: Settings): SettingsForm {
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
export function toPatch(form: SettingsForm, original: Settings): Input<'settings.update'> {
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
  return patch as Input<'settings.update'>;
}
