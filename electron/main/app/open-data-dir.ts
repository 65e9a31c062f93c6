import { mkdir } from 'node:fs/promises';

import type { AppError } from '../../../shared/domain/errors';
import { err, ok, type Result } from '../../../shared/domain/result';
import type { ChainMac } from '../db/chain-mac';
import type { Database } from '../db/connection';
import {
  chainMacFor,
  dataDirPaths,
  initLedgerDatabase,
  openDatabaseFile,
  openLedgerDatabase,
  type AnchorOptions,
  type OpenDataDir,
} from '../db/data-dir';
import type { DataKeys, KeyProvider } from '../db/key-provider';
import { createKeyFile, PRODUCTION_KDF, unlockKeyFile, type KdfParams } from '../db/passphrase-key-wrap';
import { exists, isDirectory } from '../sys/files';
import type { AppDeps } from './assemble';

/**
 * Opening a data directory, once for every host: the Electron shell (platform/startup.ts), the
 * web host (host/open-app.ts), the CLI (cli/ledger-access.ts) and the tests' helper. The
 * first-run rules live here and nowhere else:
 *
 * 1. Keys first: a refused unlock (wrong passphrase, insecure key store) touches no database.
 * 2. Keys are created only where neither a database nor a key file exists. An existing key file
 *    is never overwritten; a key file without a database (a first run stopped half way) is
 *    unlocked and the database created with its keys; a database without its key file is
 *    `key_file_missing`, never a new key that could not open it.
 * 3. No database file → create one (init); otherwise open it. Opening recovers an interrupted
 *    rekey by trying the pending db key (db/data-dir.ts `openDatabaseFile`).
 */

/** Where an opening failed: the same code means different things to an operator (see cli/errors.ts). */
export type OpenStage = 'keys' | 'database' | 'app';
export type OpenDataDirError = AppError & { readonly stage: OpenStage };
type OpenResult<T> = Result<T, OpenDataDirError>;

function failedAt<E extends AppError>(stage: OpenStage, error: E): { ok: false; error: E & { stage: OpenStage } } {
  return { ok: false, error: { ...error, stage } };
}

/** What a directory holds, from its files alone: decided before anyone is asked for a passphrase. */
export type DataDirState = 'absent' | 'not_a_directory' | 'new' | 'keys_only' | 'database_only' | 'ledger';

export async function dataDirState(dir: string): Promise<DataDirState> {
  if (!(await exists(dir))) return 'absent';
  if (!(await isDirectory(dir))) return 'not_a_directory';
  const paths = dataDirPaths(dir);
  const [db, keyFile] = await Promise.all([exists(paths.db), exists(paths.keyFile)]);
  if (db) return keyFile ? 'ledger' : 'database_only';
  return keyFile ? 'keys_only' : 'new';
}

/** A first run: the passphrase will be new (asked twice), not checked against a key file. */
export async function isFirstRun(dir: string): Promise<boolean> {
  const state = await dataDirState(dir);
  return state === 'absent' || state === 'new';
}

/** Only `unlock` is needed here; `kind` matters to the shell's choice of provider. */
export type KeySource = Pick<KeyProvider, 'unlock'>;

/** Keys already in hand (tests, a tool given raw keys): nothing to unlock. */
export function fixedKeys(keys: DataKeys): KeySource {
  return { unlock: () => Promise.resolve(ok(keys)) };
}

/** Asks the user (a prompt, an unlock window); undefined when they cancel or no prompt exists. */
export type PassphraseSource = () => Promise<string | undefined>;

export type PassphraseKeyOptions = {
  readonly dir: string;
  readonly passphrase: PassphraseSource;
  /** For a new key file: production parameters unless a test (or TILLBOOK_TEST_KDF_N) says otherwise. */
  readonly kdf?: KdfParams;
};

/**
 * The passphrase KEK (docs/security.md §5.4): the web host and the CLI always, the Electron shell
 * where the OS key store is insecure (Linux `basic_text`) or the user chose a passphrase.
 */
export function passphraseKeyProvider(options: PassphraseKeyOptions): KeyProvider {
  const paths = dataDirPaths(options.dir);
  return {
    kind: 'passphrase',
    async unlock(): Promise<Result<DataKeys>> {
      const passphrase = await options.passphrase();
      if (passphrase === undefined) return err('unauthenticated', 'a passphrase is needed to unlock the ledger');
      if (await exists(paths.keyFile)) return unlockKeyFile(paths.keyFile, passphrase);
      if (await exists(paths.db)) return err('key_file_missing', 'a ledger exists but its key file is missing');
      await mkdir(options.dir, { recursive: true, mode: 0o700 });
      return createKeyFile(paths.keyFile, passphrase, options.kdf ?? PRODUCTION_KDF);
    },
  };
}

type OpenLedger = (dir: string, keys: DataKeys, anchor?: AnchorOptions) => Promise<Result<OpenDataDir>>;

/** Seams for tests; production uses the real ones. */
export type DataDirSeams = { readonly open?: OpenLedger; readonly init?: OpenLedger };

export type UnlockedDataDir = {
  readonly keys: DataKeys;
  readonly dataDir: OpenDataDir;
  /** True when this call created the database (a first run). */
  readonly created: boolean;
};

/**
 * 4. The chain anchor (db/chain-anchor.ts) is checked on every open: a database older than its
 *    anchor is `database_rolled_back` unless `anchor.onRollback` is `report` (the
 *    manager-confirmed way forward, app/ledger/accept-rollback.ts).
 */
export async function openDataDir(
  dir: string,
  keySource: KeySource,
  seams: DataDirSeams = {},
  anchor: AnchorOptions = {},
): Promise<OpenResult<UnlockedDataDir>> {
  const keys = await keySource.unlock();
  if (!keys.ok) return failedAt('keys', keys.error);
  const created = !(await exists(dataDirPaths(dir).db));
  const openOrInit = created ? (seams.init ?? initLedgerDatabase) : (seams.open ?? openLedgerDatabase);
  const dataDir = await openOrInit(dir, keys.value, anchor);
  if (!dataDir.ok) return failedAt('database', dataDir.error);
  return ok({ keys: keys.value, dataDir: dataDir.value, created });
}

/** A data directory opened for reading only: no genesis or other write (verify, backup). */
export type ReadableDataDir = {
  readonly keys: DataKeys;
  readonly db: Database;
  readonly mac: ChainMac;
  /** The SQLCipher key that opened the file (the pending one if a rekey was interrupted). */
  readonly dbKey: Uint8Array;
  close(): Promise<void>;
};

export async function readDataDir(dir: string, keySource: KeySource): Promise<OpenResult<ReadableDataDir>> {
  const keys = await keySource.unlock();
  if (!keys.ok) return failedAt('keys', keys.error);
  if (!(await exists(dataDirPaths(dir).db))) return failedAt('database', { code: 'not_found', message: 'no ledger here' });
  const opened = await openDatabaseFile(dir, keys.value);
  if (!opened.ok) return failedAt('database', opened.error);
  const { db, dbKey } = opened.value;
  return ok({ keys: keys.value, db, dbKey, mac: chainMacFor(keys.value), close: () => db.close() });
}

export type OpenAppOptions<T> = Omit<AppDeps, 'dataDir' | 'keys'> & {
  readonly dir: string;
  readonly keySource: KeySource;
  /** What to build over the opened directory: `createApp` where a dispatch is needed. */
  readonly build: (deps: AppDeps) => Promise<T>;
  readonly seams?: DataDirSeams;
  /** Anchor slots besides the file (Electron: the OS key store); failures of background writes. */
  readonly anchor?: AnchorOptions;
};

/**
 * Opens the data directory and builds the app over it. If building fails, the directory is
 * closed again and the detail goes to the log only: the user sees one plain sentence.
 */
export async function openApp<T>(options: OpenAppOptions<T>): Promise<OpenResult<T>> {
  const { dir, keySource, build, seams, anchor, ...deps } = options;
  const opened = await openDataDir(dir, keySource, seams, {
    onError: (error) => deps.log.error('the chain anchor could not be written', { error: error instanceof Error ? error.message : String(error) }),
    ...anchor,
  });
  if (!opened.ok) return opened;
  const { keys, dataDir } = opened.value;
  try {
    return ok(await build({ ...deps, dataDir, keys }));
  } catch (error) {
    await dataDir.close().catch(() => undefined);
    deps.log.error('the app could not be assembled', { error: error instanceof Error ? error.message : String(error) });
    return failedAt('app', { code: 'internal', message: 'the till could not start' });
  }
}

/**
 * The one line a host shows when opening failed (the web host's stderr, the Electron error box):
 * the error's own sentence, and for a rolled-back database what to do next.
 */
export function openFailureMessage(error: OpenDataDirError, dir: string): string {
  if (error.code !== 'database_rolled_back') return error.message;
  return `${error.message}. Do not sell on this till. If the older copy is wanted (a restored backup), ` +
    `an owner confirms it with: npm run tillbook -- accept-rollback --data-dir "${dir}" --staff-code CODE; ` +
    'otherwise put the newer database back.';
}
