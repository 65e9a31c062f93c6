// electron/main/index.ts over a database older than its chain anchor, with Electron mocked and
// the real start path underneath (platform/startup.ts → ipc/handlers/recoverable-app.ts): it used
// to show an error box and quit; now the router and the window come up on the recovery dispatch,
// and an owner's confirmation swaps the full app in behind the dispatch the router was given.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { rolledBackDir, type RolledBack } from '../support/rolled-back';
import { OWNER } from '../support/test-app';

const h = vi.hoisted(() => ({
  order: [] as string[],
  userData: '',
  keySource: undefined as unknown,
  dispatch: undefined as unknown,
  quitListeners: [] as ((event: { preventDefault(): void }) => void)[],
}));

vi.mock('electron', async () => {
  const { FakeSession: Session, FakeWebContents: Contents } = await import('./fakes');
  class BrowserWindow {
    readonly webContents = new Contents();
    readonly loadURL = vi.fn(() => {
      h.order.push('loadURL');
      return Promise.resolve();
    });
    readonly once = vi.fn();
    readonly on = vi.fn();
    constructor() {
      h.order.push('window');
    }
  }
  return {
    app: {
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(() => h.order.push('quit')),
      enableSandbox: vi.fn(),
      on: vi.fn((name: string, listener: (event: { preventDefault(): void }) => void) => {
        if (name === 'will-quit') h.quitListeners.push(listener);
      }),
      whenReady: vi.fn(() => Promise.resolve()),
      getPath: vi.fn(() => h.userData),
      getVersion: vi.fn(() => '1.2.3'),
      isPackaged: true,
    },
    dialog: { showErrorBox: vi.fn(() => h.order.push('errorBox')) },
    safeStorage: {},
    session: { defaultSession: new Session() },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    shell: { openExternal: vi.fn() },
    BrowserWindow,
  };
});
vi.mock('../../electron/main/platform/key-selection', () => ({
  selectKeyProvider: vi.fn(() => Promise.resolve({ kind: 'safe-storage', unlock: () => (h.keySource as { unlock(): unknown }).unlock() })),
}));
vi.mock('../../electron/main/platform/key-store-anchor', () => ({
  openAnchorStore: vi.fn(() => ({})),
  keyStoreAnchorSlot: vi.fn(() => ({ name: 'the OS key store', read: () => Promise.resolve(undefined), write: () => Promise.resolve() })),
}));
vi.mock('../../electron/main/platform/settings-store', async () => {
  const { memorySettingsStore } = await import('../../electron/main/core/settings/settings-store');
  return { openElectronSettings: vi.fn(() => memorySettingsStore()) };
});
vi.mock('../../electron/main/ipc/router', () => ({
  registerIpcRouter: vi.fn((dispatch: unknown) => {
    h.order.push('router');
    h.dispatch = dispatch;
  }),
}));

let rolled: RolledBack;
beforeEach(async () => {
  rolled = await rolledBackDir();
  h.userData = mkdtempSync(join(tmpdir(), 'tillbook-user-data-'));
  symlinkSync(rolled.dir, join(h.userData, 'ledger'));
  h.keySource = rolled.keySource;
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  rmSync(h.userData, { recursive: true, force: true });
  rolled.cleanup();
});

const code = (reply: { ok: boolean; error?: { code: string } }) => (reply.ok ? 'ok' : reply.error?.code);

describe('main over a rolled-back ledger', () => {
  test('no error box and no quit: the router gets the recovery dispatch, then the full app behind it', async () => {
    vi.resetModules();
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(h.order).toContain('loadURL'));
    expect(h.order).toStrictEqual(['router', 'window', 'loadURL']);

    const dispatch = h.dispatch as Dispatch;
    const status = await dispatch('system.status', {}, 'ipc');
    expect(status.ok && (status.value as { rollback?: { reason: string } }).rollback?.reason).toBe('behind_anchor');
    expect(code(await dispatch('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }, 'ipc'))).toBe('database_rolled_back');
    expect(code(await dispatch('anchor.acceptRollback', { staffCode: OWNER.staffCode, secret: OWNER.secret }, 'ipc'))).toBe('ok');
    expect(code(await dispatch('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }, 'ipc'))).toBe('ok');
    expect(h.order).not.toContain('errorBox');

    // Quitting closes whatever is mounted now (the full app), then quits.
    const quit = h.quitListeners.at(-1);
    quit?.({ preventDefault: () => undefined });
    await vi.waitFor(() => expect(h.order).toContain('quit'));
  });
});
