import type { Settings } from '../../../../shared/ipc/contract/settings';

/**
 * Terminal settings behind one interface: electron-store in the Electron shell (platform/),
 * `conf` in browser mode and the CLI (host/), a plain object in tests. Values are validated by
 * the contract schema before they get here.
 */
export type SettingsStore = {
  read(): Settings | undefined;
  write(next: Settings): void;
};

export const DEFAULT_SETTINGS: Settings = {
  terminalName: 'Till 1',
  merchantName: 'Tillbook',
  locale: 'zh-CN',
  currency: 'CNY',
  theme: 'auto',
  density: 'comfortable',
  printer: null,
  backendUrl: null,
  idleLockMinutes: 15,
};

/** For tests and for the first run before a real store exists. */
export function memorySettingsStore(initial?: Settings): SettingsStore {
  let value = initial;
  return {
    read: () => value,
    write: (next) => {
      value = next;
    },
  };
}
