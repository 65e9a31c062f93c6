import { join } from 'node:path';

import { passphraseKeyProvider, type PassphraseSource } from '../app/open-data-dir';
import type { KeyProvider } from '../db/key-provider';
import { dataDirPaths } from '../db/data-dir';
import type { KdfParams } from '../db/passphrase-key-wrap';
import { exists } from '../sys/files';
import {
  isInsecureBackend,
  SAFE_STORAGE_KEY_FILE,
  SafeStorageKeyProvider,
  storageBackendName,
  type SafeStorageApi,
} from './safe-storage-key-provider';

export type KeySelectionOptions = {
  readonly dir: string;
  readonly platform: NodeJS.Platform;
  readonly safeStorage: SafeStorageApi;
  /** Present only when the user chose (or must use) a passphrase and a prompt exists. */
  readonly passphrase?: PassphraseSource;
  /** The user asked for a passphrase instead of the OS key store. */
  readonly preferPassphrase?: boolean;
  readonly kdf?: KdfParams;
};

/**
 * Which KEK unlocks this data directory:
 * 1. a passphrase key file exists → passphrase (the ledger was set up that way);
 * 2. a safe-storage key file exists → safeStorage (its own checks refuse a changed backend);
 * 3. first run → passphrase when the user chose one or the OS store is insecure and a prompt
 *    exists; otherwise safeStorage, which refuses `basic_text` with a clear error.
 */
export async function selectKeyProvider(options: KeySelectionOptions): Promise<KeyProvider> {
  const paths = dataDirPaths(options.dir);
  const safeKeyFile = join(options.dir, SAFE_STORAGE_KEY_FILE);
  const passphrase = (): KeyProvider =>
    passphraseKeyProvider({
      dir: options.dir,
      passphrase: options.passphrase ?? (() => Promise.resolve(undefined)),
      ...(options.kdf ? { kdf: options.kdf } : {}),
    });
  const safeStorage = (): KeyProvider =>
    new SafeStorageKeyProvider({
      safeStorage: options.safeStorage,
      platform: options.platform,
      dbFile: paths.db,
      keyFile: safeKeyFile,
    });

  if (await exists(paths.keyFile)) return passphrase();
  if (await exists(safeKeyFile)) return safeStorage();
  const insecure = isInsecureBackend(storageBackendName(options.platform, options.safeStorage));
  if (options.passphrase && (options.preferPassphrase === true || insecure)) return passphrase();
  return safeStorage();
}
