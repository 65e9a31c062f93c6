import { PASSPHRASE_ENV, readPassphrase, readPassphraseFile } from '../main/sys/passphrase-prompt';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './errors';

export { PASSPHRASE_ENV };
export const NEW_PASSPHRASE_ENV = 'TILLBOOK_NEW_PASSPHRASE';

export type PassphraseSource = {
  /** The passphrase of the existing key file. */
  current(): Promise<string>;
  /** A new passphrase (init, passwd): asked twice on a terminal. */
  fresh(): Promise<string>;
};

type Io = {
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: NodeJS.ReadStream;
  readonly stderr: NodeJS.WriteStream;
};

/** Every command accepts it: a file holding the passphrase, which no other process can read from the environment. */
export const PASSPHRASE_FILE_OPTION = 'passphrase-file';

/**
 * The CLI's wording of the one passphrase rule (sys/passphrase-prompt.ts): `current` reads
 * TILLBOOK_PASSPHRASE, `fresh` reads `freshEnv` (init: the same variable, passwd: the new one).
 * Having neither a variable nor a terminal is a usage error (exit 2); a cancelled prompt or two
 * different entries fail the command (exit 1).
 */
export function passphraseSource(io: Io, freshEnv: string, file?: string): PassphraseSource {
  const fromFile = async (path: string): Promise<string> => {
    const result = await readPassphraseFile(path);
    if (result.ok) return result.value;
    throw new CliError(result.error.message);
  };
  const read = async (envName: string, fresh: boolean): Promise<string> => {
    // --passphrase-file names the passphrase of the data directory (init: the new one; passwd: the current one).
    if (file !== undefined && envName === PASSPHRASE_ENV) return fromFile(file);
    const result = await readPassphrase(io, { envName, fresh });
    if (result.ok) return result.value;
    throw new CliError(result.error.message, result.error.problem === 'no_terminal' ? EXIT_USAGE : EXIT_FAILURE);
  };
  return {
    current: () => read(PASSPHRASE_ENV, false),
    fresh: () => read(freshEnv, true),
  };
}
