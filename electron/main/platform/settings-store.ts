import ElectronStore from 'electron-store';

import { SETTINGS_CONFIG_NAME, SettingsFile, settingsConfOptions, type SettingsRecord } from '../db/settings-file';

/**
 * The Electron shell's settings: electron-store (the store the design names) over
 * `<userData>/settings.json`, read and written through the same `SettingsFile` as the web host's
 * conf store. Its constructor adds one IPC listener outside ipc/router.ts,
 * `ipcMain.on('electron-store-get-data')`, which answers a renderer's `sendSync` with the
 * userData path. Our renderer cannot send it: the sandboxed page has no ipcRenderer and the
 * preload exposes only `window.pos`, whose calls go to `pos:<method>` channels through `invoke`,
 * never `send`/`sendSync` (tests/electron-adapters/electron-store-channel.test.ts proves it).
 */
export function openElectronSettings(userData: string): SettingsFile {
  return new SettingsFile(
    new ElectronStore<SettingsRecord>({ ...settingsConfOptions(), name: SETTINGS_CONFIG_NAME, cwd: userData }),
  );
}
