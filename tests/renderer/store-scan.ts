/**
 * Renderer files allowed to import zustand themselves, each with its reason. Everything else —
 * every feature folder in particular — makes its stores with createSessionStore, so sign-out and
 * lock reset them.
 */
export const ZUSTAND_ALLOWED: Readonly<Record<string, string>> = {
  'lib/session-scope.ts': 'the helper itself',
  'stores/session.store.ts': 'the session: it drives every reset',
  'stores/boot.store.ts': 'app phase before any session (loading, setup, ready)',
  'stores/settings.store.ts': 'the public settings, shown before sign-in (shop name, language, theme)',
};

/** Paths (relative to renderer/src) that import zustand but are not on the allowed list. */
export function zustandStoresOutsideHelper(sources: Readonly<Record<string, string>>): string[] {
  return Object.entries(sources)
    .filter(([path, text]) => /from\s+['"]zustand(\/[\w-]+)?['"]/.test(text) && !(path in ZUSTAND_ALLOWED))
    .map(([path]) => path)
    .sort();
}
