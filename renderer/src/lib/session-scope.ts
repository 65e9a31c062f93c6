import { create } from 'zustand';
import type { StateCreator, StoreApi, UseBoundStore } from 'zustand';

/**
 * Session-scoped stores: anything a signed-in staff member fetched or typed (health, customers,
 * a cart). Each one is made here, which records its initial state and registers its reset;
 * the session store calls `resetSessionStores()` on every sign-out and lock, so nothing one
 * person saw survives for the next. Feature folders never call zustand's `create` themselves
 * (tests/renderer/feature-registry.test.ts scans for it).
 */
export type SessionStore<T extends object = object> = UseBoundStore<StoreApi<T>> & {
  readonly sessionScope: { readonly name: string; readonly initial: T };
};

const registered = new Map<string, SessionStore>();
let epoch = 0;

export function createSessionStore<T extends object>(name: string, initializer: StateCreator<T>): SessionStore<T> {
  const store = create<T>()(initializer);
  const scoped = Object.assign(store, { sessionScope: { name, initial: store.getState() } });
  // keyed by name: a hot-reloaded module replaces its old store instead of adding a second
  registered.set(name, scoped as unknown as SessionStore);
  return scoped;
}

/** Every session-scoped store made so far, in creation order. */
export function sessionStores(): readonly SessionStore[] {
  return [...registered.values()];
}

/** Puts every session-scoped store back to its initial state (actions included). */
export function resetSessionStores(): void {
  epoch += 1;
  for (const store of registered.values()) store.setState(store.sessionScope.initial, true);
}

/**
 * Bumped by every reset. An action that awaits main notes it first and drops its answer if a
 * sign-out or lock happened meanwhile, so a late reply cannot refill a reset store.
 */
export function sessionEpoch(): number {
  return epoch;
}
