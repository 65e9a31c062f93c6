import { createSessionStore } from '../../lib/session-scope';
import type { SettingsView } from '../../../../shared/ipc/contract/settings';

/**
 * Every terminal setting (`settings.get`, signed in only: printer, backend, idle lock, policy, tax
 * profile, and whether the base currency is locked).
 * Session-scoped: a sign-out or lock forgets them; the public part stays in stores/settings.store.
 */
export type FullSettingsState = {
  /** null until settings.get answered. */
  readonly settings: SettingsView | null;
  /** When the last save succeeded, for the confirmation line. */
  readonly savedAtMs: number | null;
  /** Bumped whenever settings are replaced, so an editor can start again from them. */
  readonly version: number;
  apply(settings: SettingsView): void;
  markSaved(settings: SettingsView, atMs: number): void;
  clearSaved(): void;
};

export const useFullSettingsStore = createSessionStore<FullSettingsState>('settings.full', (set) => ({
  settings: null,
  savedAtMs: null,
  version: 0,
  apply: (settings) => set((prev) => ({ settings, version: prev.version + 1 })),
  markSaved: (settings, atMs) => set((prev) => ({ settings, savedAtMs: atMs, version: prev.version + 1 })),
  clearSaved: () => set({ savedAtMs: null }),
}));
