import { open, stat } from 'node:fs/promises';
import { driverErrorCode, SqlConnection } from './driver';
import { checkIntegrity, type IntegrityReport } from './integrity';
import { migrate } from './migrate';
import type { Migration } from './migrations/migration';
import { MIGRATIONS } from './migrations/index';
import { openError, type OpenError } from './open-errors';
import { applyPragmas, pragmaProblems, readPragmas, type PragmaReport } from './pragmas';
import { TxRunner } from './tx';
import { ok, type Result } from '../../../shared/domain/result';

export const MEMORY = ':memory:';
export const DB_KEY_BYTES = 32;

export type OpenOptions = {
  /** A file path, or `MEMORY` for tests. */
  readonly file: string;
  /** The 32-byte SQLCipher raw key (the `db` sub-key, never the passphrase). */
  readonly key: Uint8Array;
  /**
   * Set when the key was authenticated elsewhere (the key file's check value): then a file that
   * will not decrypt is corrupt, not locked with another key.
   */
  readonly keyVerified?: boolean;
  /** Tests only: stop at an older schema, or run a custom list. */
  readonly migrateTo?: number;
  readonly migrations?: readonly Migration[];
};

export type OpenReport = {
  readonly schemaVersion: number;
  readonly pragmas: PragmaReport;
  readonly integrity: IntegrityReport;
};

/** An open, keyed, migrated, self-tested database. The only way to reach a connection. */
export type Database = {
  readonly file: string;
  readonly tx: TxRunner;
  readonly report: OpenReport;
  close(): Promise<void>;
};

export function keyPragma(key: Uint8Array): string {
  if (key.length !== DB_KEY_BYTES) throw new TypeError('database key must be 32 bytes');
  return `PRAGMA key = "x'${Buffer.from(key).toString('hex')}'"`;
}

/**
 * Opens with the key as the very first statement, then pragmas, self-test, integrity checks and
 * migrations. On any failure the connection is closed before returning the typed error.
 */
export async function openDatabase(options: OpenOptions): Promise<Result<Database, OpenError>> {
  const inMemory = options.file === MEMORY;
  if (!inMemory) {
    const size = await stat(options.file).then((s) => (s.isFile() ? s.size : -1), () => -1);
    if (size < 0) return { ok: false, error: openError('not_found', 'database file does not exist') };
    // SQLite treats an empty file as a new database: we would migrate it and start a new chain
    // over a ledger that was lost. Opening is for existing ledgers; `createDatabase` makes new ones.
    if (size === 0) return { ok: false, error: openError('database_corrupt', 'database file is empty') };
  }
  return openOrCreate(options, inMemory);
}

/** Creates a new database file (or opens an existing one) — for `init`. */
export function createDatabase(options: OpenOptions): Promise<Result<Database, OpenError>> {
  return openOrCreate(options, options.file === MEMORY);
}

async function openOrCreate(
  options: OpenOptions,
  inMemory: boolean,
): Promise<Result<Database, OpenError>> {
  let connection: SqlConnection;
  try {
    connection = await SqlConnection.open(options.file);
  } catch (error) {
    return { ok: false, error: openError('internal', `cannot open database: ${describe(error)}`) };
  }
  const progress = { keyAccepted: false };
  try {
    const outcome = await prepare(connection, options, inMemory, progress);
    if (!outcome.ok) await connection.close().catch(() => undefined);
    return outcome;
  } catch (error) {
    const foreign = !progress.keyAccepted && driverErrorCode(error) === 'SQLITE_NOTADB' && (await noPageAuthenticates(connection, options.file));
    await connection.close().catch(() => undefined);
    if (foreign) return { ok: false, error: openError('wrong_key', FOREIGN_KEY_MESSAGE) };
    return { ok: false, error: await classify(error, options, progress.keyAccepted) };
  }
}

/**
 * Page 1 did not authenticate under a key the key file vouched for: a damaged first page, or a key
 * file from another ledger. `cipher_integrity_check` still runs on the keyed connection; if not
 * one page of an encrypted file authenticates, the key is not this file's key.
 */
async function noPageAuthenticates(connection: SqlConnection, file: string): Promise<boolean> {
  if (!(await looksLikeCipherFile(file))) return false;
  try {
    const size = await stat(file).then((s) => s.size);
    const pages = Math.floor(size / SQLCIPHER_PAGE_BYTES);
    const failed = (await connection.allOnce('PRAGMA cipher_integrity_check'))
      .filter((row) => /HMAC verification failed for page \d+/.test(String(Object.values(row)[0]))).length;
    return pages > 0 && failed >= pages;
  } catch {
    return false;
  }
}

export const FOREIGN_KEY_MESSAGE =
  'this key file does not open this database (a key file of another ledger, or a database replaced or damaged in its first bytes)';

/** SQLCipher 4's default page size, which we never change (db/pragmas.ts). */
const SQLCIPHER_PAGE_BYTES = 4096;

async function prepare(
  connection: SqlConnection,
  options: OpenOptions,
  inMemory: boolean,
  progress: { keyAccepted: boolean },
): Promise<Result<Database, OpenError>> {
  await connection.runOnce(keyPragma(options.key));
  // SQLCipher logs "hmac check failed" to stderr on a wrong key; we report it as a typed error.
  await connection.exec('PRAGMA cipher_log_level = NONE');
  await connection.getOnce('SELECT count(*) AS n FROM sqlite_schema');
  // Page 1 decrypted and authenticated: from here on a page that does not is damage, not a wrong key.
  progress.keyAccepted = true;
  await applyPragmas(connection, inMemory);
  const pragmas = await readPragmas(connection);
  const problems = pragmaProblems(pragmas, inMemory);
  if (problems.length > 0) {
    return { ok: false, error: openError('internal', `self-test failed: ${problems.join('; ')}`) };
  }
  const integrity = await checkIntegrity(connection, inMemory);
  if (!integrity.ok) {
    return { ok: false, error: openError('database_corrupt', integrity.problems.join('; ')) };
  }
  const tx = new TxRunner(connection);
  const migrated = await migrate(connection, tx, options.migrations ?? MIGRATIONS, options.migrateTo);
  if (!migrated.ok) return migrated;
  const database: Database = {
    file: options.file,
    tx,
    report: { schemaVersion: migrated.value, pragmas, integrity },
    close: () => tx.exclusive(() => connection.close()),
  };
  return ok(database);
}

async function classify(error: unknown, options: OpenOptions, keyAccepted: boolean): Promise<OpenError> {
  const code = driverErrorCode(error);
  if (code === 'SQLITE_NOTADB') {
    if (keyAccepted || options.keyVerified || !(await looksLikeCipherFile(options.file))) {
      return openError('database_corrupt', 'database file is damaged or not a Tillbook database');
    }
    return openError('wrong_key', 'the key does not open this database');
  }
  if (code === 'SQLITE_CORRUPT') return openError('database_corrupt', describe(error));
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return openError('database_locked', 'database is in use by another process');
  }
  return openError('internal', describe(error));
}

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * An encrypted file is whole pages of noise; anything else cannot be a wrong-key case. A
 * plaintext SQLite file is whole pages too, but no key will ever open it as ours.
 */
async function looksLikeCipherFile(file: string): Promise<boolean> {
  if (file === MEMORY) return false;
  const size = await stat(file).then((s) => s.size, () => -1);
  if (size < 1024 || size % 1024 !== 0) return false;
  const head = Buffer.alloc(PLAINTEXT_HEADER.length);
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  return !head.equals(PLAINTEXT_HEADER);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
