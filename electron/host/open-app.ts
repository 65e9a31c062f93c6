import { mkdir, stat } from 'node:fs/promises';
import { systemClock, type Clock } from '../main/core/ports';
import { dataDirPaths, initLedgerDatabase, openLedgerDatabase, type OpenDataDir } from '../main/db/data-dir';
import type { DataKeys } from '../main/db/key-provider';
import { createKeyFile, PRODUCTION_KDF, unlockKeyFile, type KdfParams } from '../main/db/passphrase-key-wrap';
import type { Logger } from '../main/ipc/dispatch';
import { EventHub } from '../main/app/event-sink';
import { createApp, type App } from '../main/ipc/handlers/create-app';
import { err, ok, type Result } from '../../shared/domain/result';
import { openSettingsFile } from '../main/db/settings-file';

export const TEST_KDF_ENV = 'TILLBOOK_TEST_KDF_N';

/**
 * scrypt parameters for a new key file: PRODUCTION_KDF unless TILLBOOK_TEST_KDF_N (test-only, a
 * power of two from 2 to 2^20) asks for a cheaper N. The same N then also cheapens staff secrets.
 */
export function kdfFromEnv(env: NodeJS.ProcessEnv): Result<{ params: KdfParams; testN: number | undefined }> {
  const raw = env[TEST_KDF_ENV];
  if (raw === undefined || raw === '') return ok({ params: PRODUCTION_KDF, testN: undefined });
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 2 || n > 2 ** 20 || (n & (n - 1)) !== 0) {
    return err('invalid_input', `${TEST_KDF_ENV} must be a power of two from 2 to 1048576`);
  }
  return ok({ params: { ...PRODUCTION_KDF, N: n }, testN: n });
}

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

/** A new data directory: neither a database nor a key file yet. */
export async function isFirstRun(dataDir: string): Promise<boolean> {
  const paths = dataDirPaths(dataDir);
  return !(await exists(paths.db)) && !(await exists(paths.keyFile));
}

/**
 * Unlocks (or, the first time, creates) the data directory. An existing key file is never
 * overwritten: if only the key file exists (a first run stopped half way), it is unlocked and the
 * database created with its keys; a database without its key file is `key_file_missing`.
 */
export async function openDataDir(
  dataDir: string,
  passphrase: string,
  kdf: KdfParams,
  clock: Clock = systemClock,
): Promise<Result<{ keys: DataKeys; ledger: OpenDataDir }>> {
  const paths = dataDirPaths(dataDir);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const keys = (await exists(paths.keyFile)) || (await exists(paths.db))
    ? await unlockKeyFile(paths.keyFile, passphrase)
    : await createKeyFile(paths.keyFile, passphrase, kdf);
  if (!keys.ok) return keys;
  const ledger = (await exists(paths.db))
    ? await openLedgerDatabase(dataDir, keys.value)
    : await initLedgerDatabase(dataDir, keys.value);
  if (!ledger.ok) return ledger;
  return ok({ keys: keys.value, ledger: ledger.value });
}

export type HostAppOptions = {
  readonly dataDir: string;
  readonly passphrase: string;
  readonly kdf: KdfParams;
  readonly appVersion: string;
  readonly log: Logger;
  readonly clock?: Clock;
  /** Test-only cheaper scrypt for staff secrets. */
  readonly secretHashCost?: { N: number };
};

export type HostApp = { readonly app: App; readonly events: EventHub };

/** Everything `serve` mounts: the unlocked ledger, conf settings, one EventHub, the real app. */
export async function openHostApp(options: HostAppOptions): Promise<Result<HostApp>> {
  const clock = options.clock ?? systemClock;
  const opened = await openDataDir(options.dataDir, options.passphrase, options.kdf, clock);
  if (!opened.ok) return opened;
  const { keys, ledger } = opened.value;
  try {
    const events = new EventHub();
    const app = await createApp({
      dataDir: ledger,
      keys,
      settings: openSettingsFile(options.dataDir),
      events,
      clock,
      appVersion: options.appVersion,
      log: options.log,
      ...(options.secretHashCost ? { secretHashCost: options.secretHashCost } : {}),
    });
    return ok({ app, events });
  } catch (error) {
    await ledger.close();
    return err('internal', error instanceof Error ? error.message : String(error));
  }
}
