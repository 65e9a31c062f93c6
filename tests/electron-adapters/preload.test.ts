import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { describe, expect, test, vi } from 'vitest';

import { EVENT_NAMES as EVENT_NAMES_FROM_SCHEMAS, events } from '../../shared/ipc/events';
import { EVENT_NAMES } from '../../shared/ipc/event-names';
import { contract } from '../../shared/ipc/contract';
import { IPC_CHANNEL_PREFIX, IPC_EVENT_CHANNEL, METHOD_KEYS } from '../../shared/ipc/methods';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'from main' })),
      on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
      }),
      removeListener: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      }),
      send: vi.fn(),
      sendSync: vi.fn(),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

await import('../../electron/preload/index');
const { POS_API_MEMBERS } = await import('../../electron/preload/pos-bridge');

type Pos = { call(key: unknown, input: unknown): Promise<unknown>; on(event: unknown, cb: unknown): () => void };

const [exposeCall] = electron.contextBridge.exposeInMainWorld.mock.calls;
const pos = exposeCall?.[1] as Pos;

/** What main would push: (IpcRendererEvent, name, payload). */
function push(name: string, payload: unknown): void {
  const ipcEvent = { sender: electron.ipcRenderer, senderId: 0, ports: [] };
  for (const listener of electron.listeners.get(IPC_EVENT_CHANNEL) ?? []) (listener as Listener)(ipcEvent, name, payload);
}

describe('preload surface', () => {
  test('exposes exactly one global, window.pos, with exactly call and on', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(exposeCall?.[0]).toBe('pos');
    expect(Object.keys(pos).sort()).toStrictEqual([...POS_API_MEMBERS].sort());
    expect(POS_API_MEMBERS).toStrictEqual(['call', 'on']);
    expect(typeof pos.call).toBe('function');
    expect(typeof pos.on).toBe('function');
    expect(Object.values(pos)).not.toContain(electron.ipcRenderer);
  });

  test('the key lists equal the contract and the event schemas', () => {
    expect([...METHOD_KEYS].sort()).toStrictEqual(Object.keys(contract).sort());
    expect([...EVENT_NAMES].sort()).toStrictEqual(Object.keys(events).sort());
    expect(EVENT_NAMES_FROM_SCHEMAS).toBe(EVENT_NAMES);
  });
});

describe('window.pos.call', () => {
  test('a contract key goes to pos:<key> with the input, and the Result comes back', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await expect(pos.call('system.status', {})).resolves.toStrictEqual({ ok: true, value: 'from main' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(`${IPC_CHANNEL_PREFIX}system.status`, {});
  });

  test.each(['nope', 'system', '__proto__', 'constructor', 'toString', 'pos:system.status', '', 42, null, {}])(
    'unknown key %j resolves to not_found without any IPC',
    async (key) => {
      electron.ipcRenderer.invoke.mockClear();
      electron.ipcRenderer.send.mockClear();
      await expect(pos.call(key, {})).resolves.toStrictEqual({
        ok: false,
        error: { code: 'not_found', message: expect.any(String) },
      });
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
      expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    },
  );

  test('a failed invoke still resolves to a Result', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(pos.call('system.status', {})).resolves.toStrictEqual({
      ok: false,
      error: { code: 'internal', message: expect.any(String) },
    });
  });
});

describe('window.pos.on', () => {
  test('the callback gets the payload only, never the IPC event; unsubscribe stops it', () => {
    const cb = vi.fn();
    const other = vi.fn();
    const unsubscribe = pos.on('session.locked', cb);
    pos.on('ledger.changed', other);
    expect(typeof unsubscribe).toBe('function');
    push('session.locked', { reason: 'idle' });
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb.mock.calls[0]).toStrictEqual([{ reason: 'idle' }]);
    expect(other).not.toHaveBeenCalled();
    unsubscribe();
    unsubscribe();
    push('session.locked', { reason: 'manual' });
    expect(cb).toHaveBeenCalledTimes(1);
  });

  test('many subscriptions share one ipcRenderer listener', () => {
    for (let i = 0; i < 20; i += 1) pos.on('ledger.changed', () => undefined);
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, expect.any(Function));
  });

  test('a throwing subscriber does not starve the others', () => {
    const after = vi.fn();
    pos.on('ledger.verifyProgress', () => {
      throw new Error('bug in a screen');
    });
    pos.on('ledger.verifyProgress', after);
    push('ledger.verifyProgress', { verified: 1, total: 2 });
    expect(after).toHaveBeenCalledExactlyOnceWith({ verified: 1, total: 2 });
  });

  test('unknown event names and non-function callbacks are refused without IPC', () => {
    const before = electron.ipcRenderer.on.mock.calls.length;
    expect(() => pos.on('nope', () => undefined)).toThrow(TypeError);
    expect(() => pos.on('__proto__', () => undefined)).toThrow(TypeError);
    expect(() => pos.on('session.locked', 'not a function')).toThrow(TypeError);
    expect(electron.ipcRenderer.on.mock.calls.length).toBe(before);
  });
});

describe('preload bundle stays small', () => {
  /** Follows the preload's value imports; type-only imports are erased by the bundler. */
  function valueImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^import\s+(?!type\b)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
      const specifier = match[1] ?? '';
      if (!specifier.startsWith('.')) {
        seen.add(specifier);
        continue;
      }
      valueImports(resolve(dirname(file), specifier.endsWith('.ts') ? specifier : `${specifier}.ts`), seen);
    }
    return seen;
  }

  test('no zod and no package but electron reaches the preload', () => {
    const root = join(import.meta.dirname, '../..');
    const reached = [...valueImports(join(root, 'electron/preload/index.ts'))];
    const packages = reached.filter((entry) => !entry.startsWith('/'));
    expect(packages).toStrictEqual(['electron']);
    const files = reached.filter((entry) => entry.startsWith('/')).map((entry) => entry.slice(root.length + 1)).sort();
    expect(files).toStrictEqual([
      'electron/preload/index.ts',
      'electron/preload/pos-bridge.ts',
      'shared/ipc/event-names.ts',
      // The per-domain key lists (docs/architecture.md §9.1): plain string arrays.
      'shared/ipc/methods-by-domain/cards.ts',
      'shared/ipc/methods-by-domain/catalog.ts',
      'shared/ipc/methods-by-domain/display.ts',
      'shared/ipc/methods-by-domain/receipts.ts',
      'shared/ipc/methods-by-domain/sales.ts',
      'shared/ipc/methods-by-domain/shifts.ts',
      'shared/ipc/methods-by-domain/vouchers.ts',
      'shared/ipc/methods-by-domain/wallets.ts',
      'shared/ipc/methods.ts',
      'shared/ipc/result.ts',
    ]);
  });
});
