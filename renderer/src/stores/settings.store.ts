import { create } from 'zustand';

import type { PublicSettings, Settings } from '../../../shared/ipc/contract/settings';

export type { PublicSettings, Settings };
export type Theme = Settings['theme'];
export type Density = Settings['density'];

export const THEME_OPTIONS = ['light', 'dark', 'auto'] as const satisfies readonly Theme[];
export const DENSITY_OPTIONS = ['comfortable', 'large'] as const satisfies readonly Density[];

/**
 * The terminal's public settings (`settings.public`): names, language, currency and looks, which
 * the screens before sign-in need too. Not session-scoped. Every other setting is behind sign-in
 * and lives in the settings feature's session store.
 */
export type SettingsState = {
  /** null until settings.public answered (before setup there are none). */
  readonly shown: PublicSettings | null;
  applyPublic(view: PublicSettings): void;
};

export const useSettingsStore = create<SettingsState>()((set) => ({
  shown: null,
  applyPublic: (view) => set({ shown: publicPart(view) }),
}));

/** The public part of full settings (what settings.public would answer). */
export function publicPart(settings: PublicSettings | Settings): PublicSettings {
  const { terminalName, merchantName, locale, currency, theme, density } = settings;
  return { terminalName, merchantName, locale, currency, theme, density };
}

/** Theme and density before settings exist (first run): follow the OS, normal controls. */
export function displayPrefs(settings: PublicSettings | null): { theme: Theme; density: Density } {
  return { theme: settings?.theme ?? 'auto', density: settings?.density ?? 'comfortable' };
}
