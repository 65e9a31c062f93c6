import { stat } from 'node:fs/promises';
import { ChainMac } from '../main/db/chain-mac';
import { openDatabase, type Database } from '../main/db/connection';
import { dataDirPaths, isDirectory, openLedgerDatabase, type OpenDataDir } from '../main/db/data-dir';
import type { DataKeys } from '../main/db/key-provider';
import { unlockKeyFile } from '../main/db/passphrase-key-wrap';
import { deriveSubKey, SUB_KEY_LABELS } from '../main/db/sub-keys';
import { CliError, unwrap } from './errors';

export const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

/**
 * Checks the directory holds a ledger before anyone is asked for a passphrase: a typo in the
 * path should not cost a prompt and a KDF run.
 */
export async function requireLedgerDir(dir: string): Promise<{ db: string; keyFile: string }> {
  if (!(await isDirectory(dir))) throw new CliError(`no data directory at ${dir}`);
  const paths = dataDirPaths(dir);
  if (!(await exists(paths.db))) {
    throw new CliError(`no ledger in ${dir} (create one with: tillbook init --data-dir ${dir})`);
  }
  if (!(await exists(paths.keyFile))) throw new CliError(`no key file in ${dir}`);
  return paths;
}

export async function unlock(dir: string, passphrase: string): Promise<DataKeys> {
  return unwrap(await unlockKeyFile(dataDirPaths(dir).keyFile, passphrase), 'unlock', dir);
}

export type PlainOpen = {
  readonly db: Database;
  readonly mac: ChainMac;
  /** The SQLCipher key that opened the file (the pending one if a rekey was interrupted). */
  readonly dbKey: Uint8Array;
};

/**
 * Opens the database without the ledger store: no write transaction (LedgerStore.open writes
 * the genesis), so verify and backup only read. Tries the pending key like openLedgerDatabase.
 */
export async function openForReading(dir: string, keys: DataKeys): Promise<PlainOpen> {
  const file = dataDirPaths(dir).db;
  let opened = await openDatabase({ file, key: keys.db, keyVerified: !keys.pendingDb });
  let dbKey = keys.db;
  if (!opened.ok && keys.pendingDb && ['wrong_key', 'database_corrupt'].includes(opened.error.code)) {
    opened = await openDatabase({ file, key: keys.pendingDb, keyVerified: true });
    dbKey = keys.pendingDb;
  }
  const db = unwrap(opened, 'open', dir);
  return { db, dbKey, mac: new ChainMac(deriveSubKey(keys.root, SUB_KEY_LABELS.chain)) };
}

/** The full ledger (store included), for commands that write. */
export async function openLedger(dir: string, keys: DataKeys): Promise<OpenDataDir> {
  return unwrap(await openLedgerDatabase(dir, keys), 'open', dir);
}
