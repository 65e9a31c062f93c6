import {
  dataDirState,
  openDataDir,
  passphraseKeyProvider,
  type OpenDataDirError,
  type UnlockedDataDir,
} from '../main/app/open-data-dir';
import type { AnchorOptions } from '../main/db/data-dir';
import type { DataKeys, KeyProvider } from '../main/db/key-provider';
import type { KdfParams } from '../main/db/passphrase-key-wrap';
import { kdfFromEnv, testKdfWarning, type KdfChoice } from '../main/sys/kdf-env';
import type { Result } from '../../shared/domain/result';
import { userPath } from './args';
import type { CliContext } from './context';
import { PASSPHRASE_FILE_OPTION } from './passphrase';
import { CliError, EXIT_USAGE, messageFor, unwrap, type Stage } from './errors';

/**
 * The CLI's side of the one opening sequence (app/open-data-dir.ts): the same data-directory
 * states, key provider and open/read functions as the app, with the CLI's one-line messages.
 */

/**
 * Checks the directory holds a ledger before anyone is asked for a passphrase: a typo in the
 * path should not cost a prompt and a KDF run.
 */
export async function requireLedgerDir(dir: string): Promise<void> {
  switch (await dataDirState(dir)) {
    case 'ledger':
      return;
    case 'absent':
    case 'not_a_directory':
      throw new CliError(`no data directory at ${dir}`);
    case 'new':
    case 'keys_only':
      throw new CliError(`no ledger in ${dir} (create one with: tillbook init --data-dir ${dir})`);
    case 'database_only':
      throw new CliError(`no key file in ${dir}`);
  }
}

/** The passphrase KEK of `dir`; `kdf` only matters when a key file is created (init). */
export function passphraseKeys(dir: string, passphrase: string, kdf?: KdfParams): KeyProvider {
  return passphraseKeyProvider({ dir, passphrase: () => Promise.resolve(passphrase), ...(kdf ? { kdf } : {}) });
}

export async function unlock(dir: string, passphrase: string): Promise<DataKeys> {
  return unwrap(await passphraseKeys(dir, passphrase).unlock(), 'unlock', dir);
}

/**
 * Throws the operator's one line for a failed opening. The stage says what a code means: a
 * `wrong_key` from the key file is a wrong passphrase, from the database a foreign key file.
 */
export function unwrapOpen<T>(result: Result<T, OpenDataDirError>, dir: string, stage?: Stage): T {
  if (result.ok) return result.value;
  const at: Stage = stage ?? (result.error.stage === 'keys' ? 'unlock' : 'open');
  throw new CliError(messageFor(at, result.error, dir));
}

/**
 * The data directory through the one opening sequence, chain anchor included: a rolled-back
 * database is refused here as in every host, unless `onRollback: 'report'` (accept-rollback).
 */
export async function openLedger(dir: string, passphrase: string, anchor: AnchorOptions = {}): Promise<UnlockedDataDir> {
  return unwrapOpen(await openDataDir(dir, passphraseKeys(dir, passphrase), {}, anchor), dir);
}

/** The SQLCipher key that opened the file (the pending one after an interrupted rekey). */
export function openedDbKey(opened: UnlockedDataDir): Uint8Array {
  const { keys, dataDir } = opened;
  return dataDir.openedWith === 'pending' && keys.pendingDb ? keys.pendingDb : keys.db;
}

/** `--passphrase-file FILE` (every command), resolved like the other paths. */
export function passphraseFileOption(options: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv): string | undefined {
  const file = options.get(PASSPHRASE_FILE_OPTION);
  return file === undefined ? undefined : userPath(file, env);
}

/** TILLBOOK_TEST_KDF_N for the key files init and passwd write; a bad value is a usage error. */
export function kdfChoice(env: NodeJS.ProcessEnv): KdfChoice {
  const choice = kdfFromEnv(env);
  if (!choice.ok) throw new CliError(choice.error.message, EXIT_USAGE);
  return choice.value;
}

/** Said once the passphrase was accepted, just before a weak key file would be written. */
export function noteTestKdf(context: CliContext, choice: KdfChoice): void {
  const warning = testKdfWarning(choice);
  if (warning !== undefined) context.note(warning);
}
