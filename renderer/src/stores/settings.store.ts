import { create } from 'zustand';

import type { Settings } from '../../../shared/ipc/contract/settings';

export type { Settings };
export type Theme = Settings['theme'];
export type Density = Settings['density'];

export const THEME_OPTIONS = ['light', 'dark', 'auto'] as const satisfies readonly Theme[];
export const DENSITY_OPTIONS = ['comfortable', 'large'] as const satisfies readonly Density[];

export type SettingsState = {
  /** null until settings.get answered (before setup there are none). */
  readonly settings: Settings | null;
  /** When the last save succeeded, for the confirmation line. */
  readonly savedAtMs: number | null;
  /** Bumped whenever settings are replaced, so an editor can start again from them. */
  readonly version: number;
  apply(settings: Settings): void;
  markSaved(settings: Settings, atMs: number): void;
  clearSaved(): void;
};

export const useSettingsStore = create<SettingsState>()((set) => ({
  settings: null,
  savedAtMs: null,
  version: 0,
  apply: (settings) => set((prev) => ({ settings, version: prev.version + 1 })),
  markSaved: (settings, atMs) =>
    set((prev) => ({ settings, savedAtMs: atMs, version: prev.version + 1 })),
  clearSaved: () => set({ savedAtMs: null }),
}));

/** Theme and density before settings exist (first run): follow the OS, normal controls. */
export function displayPrefs(settings: Settings | null): { theme: Theme; density: Density } {
  return { theme: settings?.theme ?? 'auto', density: settings?.density ?? 'comfortable' };
}
