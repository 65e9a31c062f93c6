import type { AppError } from '../../shared/domain/errors';

/** Exit codes: 0 success, 1 a failure of the operation, 2 a usage error (bad invocation). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A failure the CLI reports as one line on stderr, with the exit code it maps to. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT_FAILURE) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(`${message} (try: tillbook --help)`, EXIT_USAGE);
    this.name = 'UsageError';
  }
}

/**
 * Where a typed error came from: the same code means different things to the operator, e.g.
 * `wrong_key` from the key file is a wrong passphrase, from the database a key file that does not
 * belong to this database.
 */
export type Stage = 'unlock' | 'open' | 'backup' | 'rekey' | 'passwd' | 'init' | 'restore' | 'accept-rollback';

/** Maps a typed `{ code, message }` failure to the one line the operator sees. */
export function messageFor(stage: Stage, error: AppError, dir: string): string {
  // Restore speaks of the backup file as well as the data directory: its messages name which.
  if (stage === 'restore' && error.code !== 'database_rolled_back') return error.message;
  switch (error.code) {
    case 'wrong_key':
      return stage === 'unlock' || stage === 'passwd'
        ? 'wrong passphrase'
        : `the key file in ${dir} does not open this database (was the database replaced or rekeyed elsewhere?)`;
    case 'key_file_missing':
      return `no key file in ${dir} (is this a Tillbook data directory?)`;
    case 'key_file_invalid':
      return `the key file in ${dir} is damaged or not a Tillbook key file`;
    case 'weak_passphrase':
      return error.message;
    case 'database_corrupt':
      return `database in ${dir} is damaged: ${firstOf(error.message)}`;
    case 'database_too_new':
      return `${error.message}; upgrade Tillbook to open it`;
    case 'database_rolled_back':
      return `${error.message}. If this older copy is wanted, an owner confirms it with: ` +
        `tillbook accept-rollback --data-dir ${dir}; otherwise put the newer database back`;
    case 'database_locked':
      return `database in ${dir} is in use by another process (SQLITE_BUSY); close the till or retry`;
    case 'not_found':
      return `no ledger in ${dir}: ${error.message}`;
    case 'invalid_input':
      return error.message;
    default:
      return error.message.startsWith(`${stage} failed`)
        ? error.message
        : `${stage} failed (${error.code}): ${error.message}`;
  }
}

/** Throws the mapped message for a failed Result; returns the value otherwise. */
export function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; error: AppError },
  stage: Stage,
  dir: string,
): T {
  if (!result.ok) throw new CliError(messageFor(stage, result.error, dir));
  return result.value;
}

/** node-sqlite3 errors carry the SQLite code in the message ("SQLITE_BUSY: database is locked"). */
export function isBusyMessage(message: string): boolean {
  return /SQLITE_BUSY|SQLITE_LOCKED|database is locked/i.test(message);
}

/** Integrity reports list one problem per page; the operator needs the first and a count. */
function firstOf(message: string): string {
  const parts = message.split('; ');
  return parts.length > 1 ? `${parts[0]} (+${parts.length - 1} more)` : message;
}
