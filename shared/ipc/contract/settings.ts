import { taxProfileId, taxRateOverrides } from '../../domain/sales/tax-profiles';
import type { MethodSpec } from '../method';
import { currencyCode, empty, httpsUrl, locale, name } from '../schemas';
import { z } from '../zod';

export const THEMES = ['light', 'dark', 'auto'] as const;
export const DENSITIES = ['comfortable', 'large'] as const;

/** True when a URL names a user or a password (`https://user:pass@host/`); false for no URL. */
export function urlHasCredentials(value: string): boolean {
  try {
    const url = new URL(value);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

/**
 * The backend address: https, and never a user name or password inside it (settings are a plain
 * file and were readable by anyone who could reach the till); credentials will travel apart.
 */
export const backendUrl = httpsUrl.refine((v) => !urlHasCredentials(v), 'must not contain a user name or password');

/** Terminal settings (electron-store in Electron, conf in browser mode): not ledger data. */
export const settings = z.strictObject({
  terminalName: name,
  merchantName: name,
  locale,
  currency: currencyCode,
  theme: z.enum(THEMES),
  density: z.enum(DENSITIES),
  printer: name.nullable(),
  backendUrl: backendUrl.nullable(),
  /** PCI DSS 8.2.8: at most 15 minutes; shorter is allowed. */
  idleLockMinutes: z.int().min(1).max(15),
  /**
   * The owner's four-eyes policy: may a manager approve their own request? Absent means no (files
   * written before the policy existed still read); only an owner changes it, and every approval
   * it lets through is audited as self-approved.
   */
  allowSelfApproval: z.boolean().optional(),
  /**
   * The tax profile every sale is priced with, and the shop's own rates for some of its classes
   * (guarded, like the policy). Absent means not chosen: the default of the base currency
   * (CNY → cn_vat, USD → us_sales_tax, else eu_vat), without overrides.
   */
  taxProfileId: taxProfileId.optional(),
  taxRateOverrides: taxRateOverrides.optional(),
});
export type Settings = z.infer<typeof settings>;

/**
 * Every setting as signed-in staff see it: the tax profile resolved (never absent), and whether
 * the base currency is locked because sales have been recorded in it (it can no longer change).
 */
export const settingsView = settings.extend({
  taxProfileId,
  taxRateOverrides,
  baseCurrencyLocked: z.boolean(),
});
export type SettingsView = z.infer<typeof settingsView>;

/** What the screens need before anyone signs in: names, language and looks. Nothing else. */
export const publicSettings = settings.pick({
  terminalName: true, merchantName: true, locale: true, currency: true, theme: true, density: true,
});
export type PublicSettings = z.infer<typeof publicSettings>;

export const settingsPatch = settings.partial().strict();

export const settingsContract = {
  /** Before sign-in: the public view only (the sign-in screen's names, language and theme). */
  'settings.public': { input: empty, output: publicSettings, access: 'public', errors: [] },
  /** Every setting, for a signed-in staff member (printer, backend, idle lock, policies). */
  'settings.get': { input: empty, output: settingsView, access: 'signedIn', errors: [] },
  // invalid_input (from dispatch) also covers a backend URL with credentials in it; forbidden
  // (from the role) also covers a manager changing the owner's self-approval policy.
  // base_currency_locked: a new currency once a sale exists; unknown_tax_class: an override for a
  // class the (new) tax profile does not have.
  'settings.update': {
    input: settingsPatch, output: settingsView, access: 'manager', errors: ['base_currency_locked', 'unknown_tax_class'],
  },
} as const satisfies Record<string, MethodSpec>;
