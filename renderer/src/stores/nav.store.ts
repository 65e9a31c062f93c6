import { createSessionStore } from '../lib/session-scope';

export type NavState = {
  /**
   * The section picked in the nav rail (a feature id from features/registry.ts); null until
   * one is picked, which shows the first section the signed-in role may see.
   */
  readonly section: string | null;
  go(section: string): void;
};

/** Session-scoped: the next person to sign in starts on the first section again. */
export const useNavStore = createSessionStore<NavState>('app.nav', (set) => ({
  section: null,
  go: (section) => set({ section }),
}));
