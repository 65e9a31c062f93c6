// electron/main/index.ts with Electron and the heavy modules mocked: the order of the lifecycle
// steps, and what happens when the lock or the ledger is refused.
import { beforeEach, describe, expect, test, vi } from 'vitest';

import { METHOD_KEYS } from '../../shared/ipc/methods';
import { FakeWebContents, type FakeSession } from './fakes';

const h = vi.hoisted(() => {
  const order: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const state = {
    lock: true,
    startResult: { ok: true, value: { dispatch: () => Promise.resolve(null), close: () => Promise.resolve() } } as unknown,
    session: undefined as unknown,
    windows: [] as { options: { webPreferences: Record<string, unknown> }; loadURL: (url: string) => Promise<void> }[],
  };
  return { order, appListeners, state };
});

vi.mock('electron', async () => {
  const { FakeSession: Session, FakeWebContents: Contents } = await import('./fakes');
  class BrowserWindow {
    readonly webContents = new Contents();
    readonly loadURL = vi.fn((url: string) => {
      h.order.push(`loadURL ${url}`);
      return Promise.resolve();
    });
    readonly once = vi.fn();
    readonly on = vi.fn();
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      h.order.push('window');
      h.state.windows.push(this);
    }
  }
  const session = new Session();
  h.state.session = session;
  return {
    app: {
      requestSingleInstanceLock: vi.fn(() => {
        h.order.push('lock');
        return h.state.lock;
      }),
      quit: vi.fn(() => h.order.push('quit')),
      enableSandbox: vi.fn(() => h.order.push('enableSandbox')),
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => h.appListeners.set(name, listener)),
      whenReady: vi.fn(() => {
        h.order.push('whenReady');
        return Promise.resolve();
      }),
      getPath: vi.fn(() => '/tmp/tillbook-user-data-never-written'),
      getVersion: vi.fn(() => '1.2.3'),
      isPackaged: true,
    },
    dialog: { showErrorBox: vi.fn(() => h.order.push('errorBox')) },
    safeStorage: {},
    session: { defaultSession: session },
    protocol: { registerSchemesAsPrivileged: vi.fn(() => h.order.push('registerSchemes')) },
    ipcMain: { handle: vi.fn(() => h.order.push('ipcMain.handle')), removeHandler: vi.fn() },
    shell: { openExternal: vi.fn() },
    BrowserWindow,
  };
});
vi.mock('../../electron/main/platform/key-selection', () => ({
  selectKeyProvider: vi.fn(() => {
    h.order.push('selectKeyProvider');
    return Promise.resolve({ kind: 'safe-storage', unlock: vi.fn() });
  }),
}));
vi.mock('../../electron/main/platform/startup', () => ({
  startLedgerApp: vi.fn(() => {
    h.order.push('startLedgerApp');
    return Promise.resolve(h.state.startResult);
  }),
}));
vi.mock('../../electron/main/platform/key-store-anchor', () => ({
  openAnchorStore: vi.fn(() => ({ get: () => undefined, set: () => undefined })),
  keyStoreAnchorSlot: vi.fn(() => ({ name: 'the OS key store', read: () => Promise.resolve(undefined), write: () => Promise.resolve() })),
}));
vi.mock('../../electron/main/platform/settings-store', () => ({
  openElectronSettings: vi.fn(() => ({ read: () => undefined, write: () => undefined })),
}));

async function boot(): Promise<void> {
  vi.resetModules();
  h.order.length = 0;
  h.appListeners.clear();
  h.state.windows.length = 0;
  await import('../../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 20));
}

const handles = () => h.order.filter((step) => step === 'ipcMain.handle').length;

describe('main lifecycle', () => {
  beforeEach(() => {
    h.state.lock = true;
    h.state.startResult = { ok: true, value: { dispatch: () => Promise.resolve(null), close: vi.fn(() => Promise.resolve()) } };
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });

  test('second instance: quits without opening anything', async () => {
    h.state.lock = false;
    await boot();
    expect(h.order).toStrictEqual(['registerSchemes', 'enableSandbox', 'lock', 'quit']);
  });

  test('scheme before ready; hardening, keys, ledger, router, then the window', async () => {
    await boot();
    const compact = h.order.filter((step) => step !== 'ipcMain.handle');
    expect(compact).toStrictEqual([
      'registerSchemes',
      'enableSandbox',
      'lock',
      'whenReady',
      'selectKeyProvider',
      'startLedgerApp',
      'window',
      'loadURL app://tillbook/index.html',
    ]);
    expect(handles()).toBe(METHOD_KEYS.length);
    expect(h.order.lastIndexOf('ipcMain.handle')).toBeLessThan(h.order.indexOf('window'));
    const session = h.state.session as FakeSession;
    expect(session.permissionRequestHandler).toBeDefined();
    expect(session.permissionCheckHandler).toBeDefined();
    expect(session.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(h.state.windows[0]?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, devTools: false });
  });

  test('every webContents created later is hardened', async () => {
    await boot();
    const created = h.appListeners.get('web-contents-created');
    const contents = new FakeWebContents('about:blank');
    created?.({}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example' })).toStrictEqual({ action: 'deny' });
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  test('a ledger that cannot be opened: error box and quit, no IPC, no window', async () => {
    h.state.startResult = { ok: false, error: { code: 'forbidden', message: 'basic_text refused' } };
    await boot();
    expect(handles()).toBe(0);
    expect(h.order).not.toContain('window');
    expect(h.order.slice(-2)).toStrictEqual(['errorBox', 'quit']);
  });

  test('quitting closes the app (ledger) once before Electron exits', async () => {
    const close = vi.fn(() => Promise.resolve());
    h.state.startResult = { ok: true, value: { dispatch: () => Promise.resolve(null), close } };
    await boot();
    const willQuit = h.appListeners.get('will-quit');
    const event = { preventDefault: vi.fn() };
    willQuit?.(event);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
    expect(h.order.at(-1)).toBe('quit');
    const second = { preventDefault: vi.fn() };
    willQuit?.(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
