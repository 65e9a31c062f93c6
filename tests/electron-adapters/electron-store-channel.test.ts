// electron-store in the Electron shell (platform/settings-store.ts), and the proof that the IPC
// listener its constructor adds, ipcMain.on('electron-store-get-data'), is unreachable from our
// renderer (docs/security.md §2.3, §2.7). Main and renderer share one fake IPC bus here, wired as
// Electron wires them: `invoke` reaches ipcMain.handle handlers only, `send`/`sendSync` reach
// ipcMain.on listeners only. The real electron-store registers on that bus; the real preload is
// driven with every contract key, the listener's own channel name and fuzzed strings. The
// listener is never called, and no channel outside `pos:<method>` / `pos-event` is ever used.
import { readFileSync, statSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { EVENT_NAMES } from '../../shared/ipc/event-names';
import { IPC_CHANNEL_PREFIX, IPC_EVENT_CHANNEL, METHOD_KEYS } from '../../shared/ipc/methods';
import { DEFAULT_SETTINGS } from '../../electron/main/core/settings/settings-store';
import { openSettingsFile } from '../../electron/main/db/settings-file';
import { fcSeed } from '../support/fc-seed';
import { tempDir } from '../support/test-db';

const STORE_CHANNEL = 'electron-store-get-data';
const FAKE_MAIN = Symbol.for('tillbook.test.electronMain');

type Listener = (event: { returnValue?: unknown }, ...args: unknown[]) => void;

/** One IPC bus for both sides, with Electron's routing rules. */
const bus = vi.hoisted(() => {
  // Safety net: if the loader hook below ever stopped applying, electron-store would load the
  // real `electron` package, whose index.js downloads the binary. With this set it returns a
  // path string instead, ipcMain is undefined, and the listener test fails rather than fetching.
  process.env['ELECTRON_OVERRIDE_DIST_PATH'] ??= '/nonexistent-electron-binary';
  const on = new Map<string, Listener[]>();
  const handle = new Map<string, (...args: unknown[]) => unknown>();
  const used: { method: string; channel: string }[] = [];
  return { on, handle, used, userData: '' };
});

// ---- main side: electron-store is an external package, loaded by Node itself, not by Vitest,
// so vi.mock cannot reach its `import electron from 'electron'`. A module-resolution hook
// answers that one import (and only from electron-store) with the fake main-process API.
(globalThis as Record<symbol, unknown>)[FAKE_MAIN] = {
  app: { getPath: () => bus.userData, getVersion: () => '1.2.3' },
  ipcMain: {
    on: vi.fn((channel: string, listener: Listener) => bus.on.set(channel, [...(bus.on.get(channel) ?? []), listener])),
    handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => bus.handle.set(channel, handler)),
  },
  shell: {},
};
const HOOKS = `
export async function resolve(specifier, context, next) {
  if (specifier === 'electron' && (context.parentURL ?? '').includes('/node_modules/electron-store/')) {
    return { shortCircuit: true, url: 'data:text/javascript,export default globalThis[Symbol.for("tillbook.test.electronMain")];' };
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, import.meta.url);

// ---- renderer side: the real preload over a fake ipcRenderer on the same bus.
const renderer = vi.hoisted(() => {
  const track = (method: string) => (channel: string) => bus.used.push({ method, channel });
  const ipcRenderer = {
    invoke: vi.fn((channel: string, ...args: unknown[]) => {
      track('invoke')(channel);
      const handler = bus.handle.get(channel);
      return Promise.resolve(handler ? handler({}, ...args) : { ok: false, error: { code: 'not_found', message: 'no handler' } });
    }),
    send: vi.fn((channel: string, ...args: unknown[]) => {
      track('send')(channel);
      for (const listener of bus.on.get(channel) ?? []) listener({}, ...args);
    }),
    sendSync: vi.fn((channel: string, ...args: unknown[]) => {
      track('sendSync')(channel);
      const event: { returnValue?: unknown } = {};
      for (const listener of bus.on.get(channel) ?? []) listener(event, ...args);
      return event.returnValue;
    }),
    postMessage: vi.fn((channel: string) => track('postMessage')(channel)),
    on: vi.fn((channel: string) => track('on')(channel)),
    once: vi.fn((channel: string) => track('once')(channel)),
    removeListener: vi.fn(),
  };
  return { ipcRenderer, contextBridge: { exposeInMainWorld: vi.fn() } };
});
vi.mock('electron', () => ({ contextBridge: renderer.contextBridge, ipcRenderer: renderer.ipcRenderer }));

let cleanup: () => void;
beforeEach(() => {
  ({ dir: bus.userData, cleanup } = tempDir('tillbook-electron-store-'));
});
afterEach(() => cleanup());

const { openElectronSettings } = await import('../../electron/main/platform/settings-store');

describe('electron-store in the Electron shell', () => {
  test('opening the settings adds exactly one IPC listener: ipcMain.on(electron-store-get-data)', () => {
    bus.on.clear();
    openElectronSettings(bus.userData);
    expect([...bus.on.keys()]).toStrictEqual([STORE_CHANNEL]);
    expect(bus.handle.size).toBe(0);
    // What it would answer a renderer that could send to it: the userData path.
    const event: { returnValue?: unknown } = {};
    for (const listener of bus.on.get(STORE_CHANNEL) ?? []) listener(event);
    expect(event.returnValue).toMatchObject({ defaultCwd: bus.userData });
  });

  test('settings round-trip in <userData>/settings.json (0600), the same file the conf store reads', () => {
    const store = openElectronSettings(bus.userData);
    expect(store.read()).toBeUndefined();
    const next = { ...DEFAULT_SETTINGS, terminalName: 'Front till', idleLockMinutes: 5 };
    store.write(next);
    const file = join(bus.userData, 'settings.json');
    expect(store.path).toBe(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toStrictEqual(next);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(openElectronSettings(bus.userData).read()).toStrictEqual(next);
    expect(openSettingsFile(bus.userData).read()).toStrictEqual(next);
    expect(() => store.write({ ...DEFAULT_SETTINGS, backendUrl: 'http://plain.example' })).toThrow();
  });
});

describe('the listener is unreachable from our renderer', () => {
  test('window.pos is all the page gets, and no call or subscription ever reaches the listener', async () => {
    openElectronSettings(bus.userData);
    const listener = vi.fn();
    bus.on.set(STORE_CHANNEL, [...(bus.on.get(STORE_CHANNEL) ?? []), listener]);
    bus.used.length = 0;

    await import('../../electron/preload/index');
    expect(renderer.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, pos] = renderer.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      { call(key: unknown, input: unknown): Promise<unknown>; on(event: unknown, cb: unknown): () => void },
    ];
    expect(name).toBe('pos');
    expect(Object.keys(pos).sort()).toStrictEqual(['call', 'on']);

    const tries: unknown[] = [
      ...METHOD_KEYS,
      STORE_CHANNEL,
      `${IPC_CHANNEL_PREFIX}${STORE_CHANNEL}`,
      `${IPC_CHANNEL_PREFIX}../${STORE_CHANNEL}`,
      `system.status\u0000${STORE_CHANNEL}`,
      IPC_EVENT_CHANNEL,
      '__proto__',
      { toString: () => STORE_CHANNEL },
      [STORE_CHANNEL],
    ];
    for (const key of tries) await pos.call(key, {});
    for (const event of [...EVENT_NAMES, STORE_CHANNEL, `${IPC_CHANNEL_PREFIX}${STORE_CHANNEL}`]) {
      try {
        pos.on(event, () => undefined)();
      } catch {
        // unknown event names are refused with a TypeError, which is the point
      }
    }
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string().map((s) => `${IPC_CHANNEL_PREFIX}${s}`), fc.constantFrom(...METHOD_KEYS)), async (key) => {
        await pos.call(key, {});
      }),
      { seed: fcSeed('preload channels'), numRuns: 300 },
    );

    expect(listener).not.toHaveBeenCalled();
    const methodChannels = new Set(METHOD_KEYS.map((key) => `${IPC_CHANNEL_PREFIX}${key}`));
    const strays = bus.used.filter(
      ({ method, channel }) =>
        !(method === 'invoke' && methodChannels.has(channel)) && !(method === 'on' && channel === IPC_EVENT_CHANNEL),
    );
    expect(strays).toStrictEqual([]);
    // The contract cannot name the listener's channel either.
    expect(methodChannels.has(STORE_CHANNEL)).toBe(false);
    expect(renderer.ipcRenderer.send).not.toHaveBeenCalled();
    expect(renderer.ipcRenderer.sendSync).not.toHaveBeenCalled();
    expect(renderer.ipcRenderer.postMessage).not.toHaveBeenCalled();
  });
});
