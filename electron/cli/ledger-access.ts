import {
  dataDirState,
  openDataDir,
  passphraseKeyProvider,
  readDataDir,
  type OpenDataDirError,
  type ReadableDataDir,
  type UnlockedDataDir,
} from '../main/app/open-data-dir';
import type { DataKeys, KeyProvider } from '../main/db/key-provider';
import type { KdfParams } from '../main/db/passphrase-key-wrap';
import { kdfFromEnv, testKdfWarning, type KdfChoice } from '../main/sys/kdf-env';
import type { Result } from '../../shared/domain/result';
import type { CliContext } from './context';
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

/** Opens without any write (no genesis, no migration write): verify and backup only read. */
export async function openForReading(dir: string, passphrase: string): Promise<ReadableDataDir> {
  return unwrapOpen(await readDataDir(dir, passphraseKeys(dir, passphrase)), dir);
}

/** The full data directory, for commands that write (rekey). */
export async function openLedger(dir: string, passphrase: string): Promise<UnlockedDataDir> {
  return unwrapOpen(await openDataDir(dir, passphraseKeys(dir, passphrase)), dir);
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
