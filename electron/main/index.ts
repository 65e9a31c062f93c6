// Main-process lifecycle (L3 shell), thin on purpose: single-instance lock, app:// and hardening,
// unlock the keys and open the ledger (platform/startup.ts), the IPC router, then the window.
// The logic lives in window.ts, security.ts, protocol.ts, ipc/{router,events}.ts and platform/.
import { join } from 'node:path';

import { app, dialog, safeStorage, session, type BrowserWindow } from 'electron';

import { systemClock } from './core/ports';
import { EventHub } from './app/event-sink';
import { webContentsEventSink } from './ipc/events';
import type { LiveApp } from './ipc/handlers/recoverable-app';
import { registerIpcRouter } from './ipc/router';
import { EXTERNAL_HTTPS_ORIGINS } from './platform/external-links';
import { keyStoreAnchorSlot, openAnchorStore } from './platform/key-store-anchor';
import { selectKeyProvider } from './platform/key-selection';
import { openElectronSettings } from './platform/settings-store';
import { startLedgerApp } from './platform/startup';
import { TrustedContents } from './platform/trusted-contents';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { stderrLogger as log } from './sys/logger';
import { PASSPHRASE_ENV } from './sys/passphrase-prompt';
import { createMainWindow } from './window';
import { openCustomerDisplay } from './platform/display-window';

const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
/** Inside app.asar when packaged; served only through app://tillbook/, never file://. */
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const LEDGER_DIR = 'ledger';

const trusted = new TrustedContents();
let mainWindow: BrowserWindow | null = null;
let running: LiveApp | null = null;

function fail(title: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  log.error(title, { error: message });
  dialog.showErrorBox('Tillbook', `${title}: ${message}`);
  app.quit();
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  handleAppProtocol(session.defaultSession, RENDERER_DIR);
  const userData = app.getPath('userData');
  const dir = join(userData, LEDGER_DIR);
  const events = new EventHub();
  // The passphrase path (docs/security.md §5.4) is chosen by TILLBOOK_PASSPHRASE until the first-run
  // screen asks for it; without it, Linux without a keyring is refused by the safeStorage provider.
  // Taken out of the environment so no child process inherits it.
  const passphrase = process.env[PASSPHRASE_ENV];
  delete process.env[PASSPHRASE_ENV];
  const keyProvider = await selectKeyProvider({
    dir,
    platform: process.platform,
    safeStorage,
    ...(passphrase ? { passphrase: () => Promise.resolve(passphrase), preferPassphrase: true } : {}),
  });
  const started = await startLedgerApp({
    dir,
    keyProvider,
    settings: openElectronSettings(userData),
    events,
    clock: systemClock,
    appVersion: app.getVersion(),
    log,
    anchorSlots: [keyStoreAnchorSlot({ safeStorage, platform: process.platform, store: openAnchorStore(userData) })],
  });
  if (!started.ok) {
    fail('the ledger could not be opened', new Error(started.error.message));
    return;
  }
  running = started.value;
  registerIpcRouter(running.dispatch, trusted, log);
  events.subscribe(webContentsEventSink(trusted));
  mainWindow = createMainWindow({
    preloadPath: PRELOAD_PATH,
    trusted,
    devTools: !app.isPackaged,
    onLoadFailed: (error) => fail('the window could not load', error),
  });
  // The customer display (issue 9 §8) on a second screen, if there is one; it closes with the till.
  const customerDisplay = openCustomerDisplay({ preloadPath: PRELOAD_PATH, events, devTools: !app.isPackaged, onLoadFailed: (error) => log.error('the customer display could not load', { error: String(error) }) }, log);
  mainWindow.on('closed', () => {
    mainWindow = null;
    if (customerDisplay !== null && !customerDisplay.isDestroyed()) customerDisplay.close();
  });
}

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, EXTERNAL_HTTPS_ORIGINS));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    const closing = running;
    if (closing === null) return;
    running = null;
    event.preventDefault();
    closing
      .close()
      .catch((error: unknown) => log.error('ledger close failed', { error: String(error) }))
      .finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail('Tillbook failed to start', error));
}
