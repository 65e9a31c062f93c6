/// <reference types="vite/client" />
// The feature registry and the session-scoped stores: every feature folder has a manifest in the
// registry, every store holding session data is made through createSessionStore and declared,
// and sign-out and lock put every one of them back to its initial state.
import { beforeEach, describe, expect, it } from 'vitest';

import { currentSection, declaredSessionStores, FEATURES, sectionsFor } from '../../renderer/src/features/registry';
import type { FeatureManifest } from '../../renderer/src/features/feature';
import { loadHealth } from '../../renderer/src/features/ledger-health/health.actions';
import { useHealthStore } from '../../renderer/src/features/ledger-health/health.store';
import { lockNow, signOut } from '../../renderer/src/features/staff/session.actions';
import { sessionStores } from '../../renderer/src/lib/session-scope';
import type { SessionStore } from '../../renderer/src/lib/session-scope';
import { useNavStore } from '../../renderer/src/stores/nav.store';
import { DEFAULT_IDLE_LOCK_MS, useSessionStore } from '../../renderer/src/stores/session.store';
import { fakeApi, ok, STAFF_ID } from './fake-transport';
import { zustandStoresOutsideHelper } from './store-scan';

// Load every store module, also those no screen imports yet, so none escapes the checks below.
import.meta.glob('../../renderer/src/**/*.store.ts', { eager: true });
const manifestModules = import.meta.glob<Record<string, unknown>>('../../renderer/src/features/*/feature.ts', {
  eager: true,
});
const sources = import.meta.glob<string>('../../renderer/src/**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const STAFF = { id: STAFF_ID, displayName: 'Ada', role: 'cashier' } as const;
const active = { state: 'active', staff: STAFF, idleLockMs: 120_000 } as const;
const locked = { state: 'locked', staff: STAFF, idleLockMs: 120_000 } as const;
const signedOut = { state: 'signedOut', staff: null, idleLockMs: 120_000 } as const;

/** The data of a state (its actions left out). */
function dataOf(state: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).filter(([, value]) => typeof value !== 'function'));
}

/** Puts a distinct marker into every data field of every session store, as a session would. */
function dirtyEveryStore(): void {
  for (const store of sessionStores()) {
    const keys = Object.keys(dataOf(store.sessionScope.initial));
    expect(keys.length, `${store.sessionScope.name} holds data`).toBeGreaterThan(0);
    store.setState(Object.fromEntries(keys.map((key) => [key, { leftBy: store.sessionScope.name, key }])));
    expect(dataOf(store.getState())).not.toEqual(dataOf(store.sessionScope.initial));
  }
}

function expectEveryStoreInitial(): void {
  expect(sessionStores().length).toBeGreaterThan(0);
  for (const store of sessionStores()) {
    expect(store.getState(), `${store.sessionScope.name} survived`).toStrictEqual(store.sessionScope.initial);
  }
}

beforeEach(() => {
  useSessionStore.setState({ phase: 'unknown', staff: null, idleLockMs: DEFAULT_IDLE_LOCK_MS, lockReason: null });
  useSessionStore.getState().applyView(active);
});

describe('feature registry', () => {
  it('lists the manifest of every feature folder, once', () => {
    const declared = Object.entries(manifestModules).map(([path, module]) => {
      const manifests = Object.values(module).filter(
        (value): value is FeatureManifest => typeof value === 'object' && value !== null && 'sessionStores' in value,
      );
      expect(manifests, `${path} exports one manifest`).toHaveLength(1);
      return manifests[0];
    });
    expect(declared.length).toBeGreaterThanOrEqual(4);
    // a folder under features/ without a feature.ts is a feature nobody registered
    const folders = new Set(Object.keys(sources).flatMap((path) => /\/features\/([^/]+)\//.exec(path)?.[1] ?? []));
    const withManifest = new Set(Object.keys(manifestModules).map((path) => /\/features\/([^/]+)\//.exec(path)?.[1]));
    expect([...folders].sort()).toEqual([...withManifest].sort());
    expect(new Set(FEATURES)).toEqual(new Set(declared));
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
  });

  it('builds the nav from the manifests, by role; nobody signed in sees none', () => {
    const counter = ['sell', 'refunds', 'shifts'];
    const money = ['cards', 'customers', 'vouchers', 'fx'];
    expect(sectionsFor('cashier').map((s) => s.id)).toEqual([...counter, ...money, 'display', 'health', 'settings']);
    expect(sectionsFor('manager').map((s) => s.id)).toEqual([...counter, ...money, 'reports', 'catalog', 'display', 'health', 'staffAdmin', 'settings']);
    expect(sectionsFor('owner').map((s) => s.id)).toEqual([...counter, ...money, 'reports', 'catalog', 'display', 'health', 'staffAdmin', 'settings']);
    expect(currentSection('cashier', 'staffAdmin')?.id).toBe('sell');
    expect(sectionsFor(null)).toEqual([]);
    expect(currentSection('cashier', null)?.id).toBe('sell');
    expect(currentSection('cashier', 'settings')?.id).toBe('settings');
    expect(currentSection('cashier', 'no-such-section')?.id).toBe('sell');
  });

  it('every store made with createSessionStore is declared by a manifest or the frame, and the reverse', () => {
    const names = (stores: readonly SessionStore[]) => stores.map((store) => store.sessionScope.name).sort();
    expect(names(declaredSessionStores())).toEqual(names(sessionStores()));
    expect(names(sessionStores())).toEqual(expect.arrayContaining([
      'app.nav', 'ledger-health.health', 'ledger-health.verify', 'settings.full', 'staff-admin.list',
      'customers.list', 'cards.main', 'vouchers.summary', 'fx.rates', 'refunds.main', 'display.pairing', 'shifts.main', 'reports.main', 'catalog.main', 'sell.cart', 'sell.checkout', 'sell.catalog',
    ]));
  });
});

describe('session-scoped stores', () => {
  it('sign-out puts every one back to its initial state', async () => {
    dirtyEveryStore();
    await signOut(fakeApi({ 'staff.signOut': () => ok(signedOut) }).api);
    expectEveryStoreInitial();
  });

  it('lock puts every one back to its initial state', async () => {
    dirtyEveryStore();
    await lockNow(fakeApi({ 'staff.lock': () => ok(locked) }).api, 'manual');
    expectEveryStoreInitial();
  });

  it('main ending the session (an event or an unauthenticated reply) resets them too', () => {
    dirtyEveryStore();
    useSessionStore.getState().applyView(signedOut);
    expectEveryStoreInitial();
    useSessionStore.getState().applyView(active);
    dirtyEveryStore();
    useSessionStore.getState().markLocked('idle');
    expectEveryStoreInitial();
  });

  it('an answer that arrives after a sign-out does not refill a store', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const { api } = fakeApi({
      'ledger.health': () => new Promise((resolve) => (answer = resolve)),
      'staff.signOut': () => ok(signedOut),
    });
    const pending = loadHealth(api);
    await signOut(api);
    answer(ok({ late: true }));
    await pending;
    expect(useHealthStore.getState().health).toBeNull();
  });

  it('a lock sends the nav back to the first section', async () => {
    useNavStore.getState().go('settings');
    await lockNow(fakeApi({ 'staff.lock': () => ok(locked) }).api, 'idle');
    expect(useNavStore.getState().section).toBeNull();
  });
});

describe('no store escapes the helper', () => {
  it('renderer sources make zustand stores only through createSessionStore (or the allowed app stores)', () => {
    const found = zustandStoresOutsideHelper(
      Object.fromEntries(Object.entries(sources).map(([path, text]) => [path.replace(/^.*renderer\/src\//, ''), text])),
    );
    expect(found).toEqual([]);
  });

  it('the scan catches a feature store made with zustand directly', () => {
    const rogue = "import { create } from 'zustand';\nexport const useCartStore = create<Cart>()((set) => ({ lines: [] }));\n";
    expect(zustandStoresOutsideHelper({ 'features/cart/cart.store.ts': rogue })).toEqual(['features/cart/cart.store.ts']);
    const renamed = "import { create as make } from 'zustand/react';\nexport const useCart = make(() => ({}));\n";
    expect(zustandStoresOutsideHelper({ 'features/cart/cart.ts': renamed })).toEqual(['features/cart/cart.ts']);
    const vanilla = "import { createStore } from 'zustand/vanilla';\n";
    expect(zustandStoresOutsideHelper({ 'lib/x.ts': vanilla })).toEqual(['lib/x.ts']);
  });
});
