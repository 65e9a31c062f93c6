import { beforeEach, describe, expect, test, vi } from 'vitest';

import { FakeWebContents } from './fakes';

type WindowOptions = { show: boolean; webPreferences: Record<string, unknown> };

const electron = vi.hoisted(() => {
  const windows: {
    options: unknown;
    webContents: unknown;
    loadURL: ReturnType<typeof vi.fn>;
    loadFile: ReturnType<typeof vi.fn>;
  }[] = [];
  class BrowserWindow {
    readonly webContents: unknown;
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly loadFile = vi.fn(() => Promise.resolve());
    readonly once = vi.fn();
    readonly show = vi.fn();
    constructor(readonly options: unknown) {
      this.webContents = makeContents();
      windows.push(this);
    }
  }
  let makeContents: () => unknown = () => ({});
  return {
    BrowserWindow,
    windows,
    setContentsFactory: (factory: () => unknown) => {
      makeContents = factory;
    },
  };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

const { createMainWindow, mainWebPreferences } = await import('../../electron/main/window');
const { TrustedContents } = await import('../../electron/main/platform/trusted-contents');

/** docs/security.md §2.1, and nothing that re-opens a door. */
const EXPECTED_PREFERENCES = {
  preload: '/app/out/preload/index.cjs',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  devTools: false,
};

describe('main window', () => {
  beforeEach(() => {
    electron.windows.length = 0;
    electron.setContentsFactory(() => new FakeWebContents());
  });

  test('webPreferences are exactly the hardened set', () => {
    expect(mainWebPreferences('/app/out/preload/index.cjs', false)).toStrictEqual(EXPECTED_PREFERENCES);
    const prefs = mainWebPreferences('/p', true);
    expect(prefs.devTools).toBe(true);
    for (const absent of ['enableBlinkFeatures', 'additionalArguments', 'plugins', 'disableBlinkFeatures']) {
      expect(prefs).not.toHaveProperty(absent);
    }
  });

  test('the window uses them, loads app://tillbook/index.html (never a file) and is trusted', () => {
    const trusted = new TrustedContents();
    const onLoadFailed = vi.fn();
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', trusted, devTools: false, onLoadFailed });
    const [window] = electron.windows;
    if (window === undefined) throw new Error('no window');
    const options = window.options as WindowOptions;
    expect(options.webPreferences).toStrictEqual(EXPECTED_PREFERENCES);
    expect(options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://tillbook/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
    expect(trusted.has(window.webContents as never)).toBe(true);
  });

  test('a destroyed webContents leaves the trusted set', () => {
    const trusted = new TrustedContents();
    const contents = new FakeWebContents();
    trusted.add(contents as never);
    expect(trusted.all()).toHaveLength(1);
    contents.destroy();
    expect(trusted.has(contents as never)).toBe(false);
    expect(trusted.all()).toHaveLength(0);
  });
});
