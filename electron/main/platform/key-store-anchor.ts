import Conf from 'conf';

import type { AnchorSlot } from '../db/chain-anchor';
import { isInsecureBackend, storageBackendName, type SafeStorageApi } from './safe-storage-key-provider';

/**
 * The chain anchor's second slot in the Electron app (docs/security.md §6.1): outside the data
 * directory, in `tillbook-anchor.json` under userData, sealed by the OS key store (`safeStorage`)
 * where it is secure. The file is kept with `conf`, electron-store's engine, not electron-store
 * itself: its constructor would add a second `ipcMain` listener, which only the settings store
 * may (tests/electron-adapters/ipc-registration-source.test.ts). Putting an older `tillbook.db` back together with its `tillbook.anchor`
 * is then still refused, because this copy holds the later head. The anchor is MAC'd with a
 * sub-key of the root key either way; the key store adds a place an attacker must also roll back
 * and, sealed, one they cannot read or replay from another machine.
 */
export const ANCHOR_STORE_NAME = 'tillbook-anchor';
const ENTRY = 'anchor';

/** The part of conf the slot uses (a fake in tests). */
export type AnchorStore = { get(key: string): unknown; set(key: string, value: unknown): void };

export function openAnchorStore(userData: string): AnchorStore {
  return new Conf<Record<string, unknown>>({ configName: ANCHOR_STORE_NAME, cwd: userData, configFileMode: 0o600 });
}

type Stored = { readonly sealed: string } | { readonly plain: string };

export type KeyStoreAnchorOptions = {
  readonly safeStorage: SafeStorageApi;
  readonly platform: NodeJS.Platform;
  readonly store: AnchorStore;
};

export function keyStoreAnchorSlot(options: KeyStoreAnchorOptions): AnchorSlot {
  const { safeStorage, platform, store } = options;
  const sealable = async (): Promise<boolean> =>
    !isInsecureBackend(storageBackendName(platform, safeStorage)) && (await safeStorage.isAsyncEncryptionAvailable());
  return {
    name: 'the OS key store',
    async read() {
      const stored = store.get(ENTRY) as Partial<Record<'sealed' | 'plain', unknown>> | undefined;
      if (stored === undefined || stored === null || typeof stored !== 'object') return undefined;
      if (typeof stored.plain === 'string') return stored.plain;
      if (typeof stored.sealed !== 'string') return 'unreadable';
      try {
        return (await safeStorage.decryptStringAsync(Buffer.from(stored.sealed, 'base64'))).result;
      } catch {
        // Unreadable here (another machine or key store): it cannot vouch for anything, and it
        // does not verify either, so the open is refused until a manager confirms it.
        return 'unreadable';
      }
    },
    async write(text) {
      const value: Stored = (await sealable())
        ? { sealed: (await safeStorage.encryptStringAsync(text)).toString('base64') }
        : { plain: text };
      store.set(ENTRY, value);
    },
  };
}
