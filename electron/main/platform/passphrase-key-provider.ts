import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

import { err, type Result } from '../../../shared/domain/result';
import type { DataKeys, KeyProvider } from '../db/key-provider';
import { createKeyFile, PRODUCTION_KDF, unlockKeyFile, type KdfParams } from '../db/passphrase-key-wrap';

/** Asks the user (an unlock window, later); undefined when they cancel or no prompt exists. */
export type PassphraseSource = () => Promise<string | undefined>;

export type PassphraseKeyOptions = {
  readonly dbFile: string;
  /** `dataDirPaths(dir).keyFile` — the same file the CLI and the web host use. */
  readonly keyFile: string;
  readonly passphrase: PassphraseSource;
  /** Production parameters unless a test passes cheaper ones explicitly. */
  readonly kdf?: KdfParams;
};

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

/**
 * The passphrase KEK (security.md §5.4) for the Electron shell: used where the OS key store is
 * insecure (Linux `basic_text`) or when the user chose a passphrase. First run creates the key
 * file; an existing database without one is refused.
 */
export function passphraseKeyProvider(options: PassphraseKeyOptions): KeyProvider {
  return {
    kind: 'passphrase',
    async unlock(): Promise<Result<DataKeys>> {
      const passphrase = await options.passphrase();
      if (passphrase === undefined) return err('unauthenticated', 'a passphrase is needed to unlock the ledger');
      if (await exists(options.keyFile)) return unlockKeyFile(options.keyFile, passphrase);
      if (await exists(options.dbFile)) return err('key_file_missing', 'a ledger exists but its key file is missing');
      await mkdir(dirname(options.keyFile), { recursive: true, mode: 0o700 });
      return createKeyFile(options.keyFile, passphrase, options.kdf ?? PRODUCTION_KDF);
    },
  };
}
