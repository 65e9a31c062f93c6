import type { MethodSpec } from '../method';
import { NAME_CHARS_MAX } from '../limits';
import { currencyCode, empty, httpsUrl, locale, name, text } from '../schemas';
import { z } from '../zod';

export const THEMES = ['light', 'dark', 'auto'] as const;
export const DENSITIES = ['comfortable', 'large'] as const;

/** Terminal settings (electron-store in Electron, conf in browser mode): not ledger data. */
export const settings = z.strictObject({
  terminalName: name,
  merchantName: name,
  locale,
  currency: currencyCode,
  theme: z.enum(THEMES),
  density: z.enum(DENSITIES),
  printer: text(NAME_CHARS_MAX).nullable(),
  backendUrl: httpsUrl.nullable(),
  /** PCI DSS 8.2.8: at most 15 minutes; shorter is allowed. */
  idleLockMinutes: z.int().min(1).max(15),
});
export type Settings = z.infer<typeof settings>;

export const settingsPatch = settings.partial().strict();

export const settingsContract = {
  'settings.get': { input: empty, output: settings, access: 'public', errors: [] },
  'settings.update': { input: settingsPatch, output: settings, access: 'manager', errors: [] },
} as const satisfies Record<string, MethodSpec>;
