// The one application window (docs/security.md §2.1). Navigation, window.open, webview and permission
// denial are attached by security.ts to every webContents; this file fixes the webPreferences.
import { join } from 'node:path';

import { BrowserWindow, type WebPreferences } from 'electron';

import { APP_ENTRY_URL } from './platform/app-origin';
import type { TrustedContents } from './platform/trusted-contents';

export function mainWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
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
    devTools,
  };
}

/**
 * The app icon (resources/icons, rendered from resources/icon.svg). This file is bundled into
 * out/main/, two levels under the app root like electron/main/ itself, and electron-builder.yml
 * packs the PNG into app.asar, so the same relative path holds in development and when packaged.
 */
export const APP_ICON_PATH = join(import.meta.dirname, '..', '..', 'resources', 'icons', '512x512.png');

export type MainWindowOptions = {
  readonly preloadPath: string;
  readonly trusted: TrustedContents;
  /** Off in packaged builds. */
  readonly devTools: boolean;
  readonly onLoadFailed: (error: unknown) => void;
};

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    backgroundColor: '#ffffff',
    icon: APP_ICON_PATH,
    webPreferences: mainWebPreferences(options.preloadPath, options.devTools),
  });
  options.trusted.add(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch(options.onLoadFailed);
  return window;
}
