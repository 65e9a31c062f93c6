// Main-process lifecycle (L3 shell). Kept minimal for now: single-instance lock, one hardened
// window, quit when it closes. Unlocking the key, opening the DB, the relay, window.ts /
// security.ts / protocol.ts (app:// instead of file://, CSP, navigation and permission denial)
// come in their own issues.
import { join } from 'node:path';

import { app, BrowserWindow } from 'electron';

const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
const RENDERER_INDEX_PATH = join(import.meta.dirname, '../renderer/index.html');

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    show: false,
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });

  // electron-vite sets ELECTRON_RENDERER_URL for `electron-vite dev` only.
  const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
  const loading = app.isPackaged || devServerUrl === undefined
    ? window.loadFile(RENDERER_INDEX_PATH)
    : window.loadURL(devServerUrl);
  loading.catch((error: unknown) => {
    console.error('failed to load the renderer', error);
    app.quit();
  });
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    app.quit();
  });

  app
    .whenReady()
    .then(() => {
      mainWindow = createMainWindow();
    })
    .catch((error: unknown) => {
      console.error('app failed to start', error);
      app.quit();
    });
}
