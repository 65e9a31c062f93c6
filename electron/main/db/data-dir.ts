import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { newId } from '../../../shared/domain/ids';
import { err, ok, type Result } from '../../../shared/domain/result';
import { ChainMac } from './chain-mac';
import { createDatabase, openDatabase, type Database } from './connection';
import type { DataKeys } from './key-provider';
import { deriveSubKey, SUB_KEY_LABELS } from './sub-keys';
import { ensureGenesis, readChainHead } from './repositories/journal.repo';
import { META_KEYS, readMetaIn } from './repositories/meta.repo';
import { exists, isDirectory } from '../sys/files';

export const DB_FILE = 'tillbook.db';
export const KEY_FILE = 'tillbook.key';

export const dataDirPaths = (dir: string) => ({ db: join(dir, DB_FILE), keyFile: join(dir, KEY_FILE) });

/** An unlocked data directory: the open database, its chain key and this terminal's id. */
export type OpenDataDir = {
  readonly dir: string;
  readonly db: Database;
  readonly mac: ChainMac;
  readonly terminalId: string;
  /** Which db key opened the file: a rekey interrupted after re-encryption opens with `pending`. */
  readonly openedWith: 'current' | 'pending';
  close(): Promise<void>;
};

/** The chain MAC key of a ledger: derived from the root key, which a rekey never changes. */
export function chainMacFor(keys: DataKeys): ChainMac {
  return new ChainMac(deriveSubKey(keys.root, SUB_KEY_LABELS.chain));
}

/** Creates the database of a new terminal in `dir` (keys already created by the provider). */
export async function initLedgerDatabase(dir: string, keys: DataKeys): Promise<Result<OpenDataDir>> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const { db: file } = dataDirPaths(dir);
  if (await exists(file)) return err('invalid_input', 'a ledger already exists here');
  const created = await createDatabase({ file, key: keys.db, keyVerified: true });
  if (!created.ok) return created;
  return finishOpen(dir, created.value, keys, newId(), 'current');
}

/** An open database file and the db key that opened it. */
export type OpenedFile = { readonly db: Database; readonly dbKey: Uint8Array; readonly openedWith: OpenDataDir['openedWith'] };

/**
 * Opens the database file only: no genesis write, so read-only tools (verify, backup) use it too.
 * The pending-key recovery lives here once: if a rekey was interrupted after the file was
 * re-encrypted, the current key no longer opens it and the pending one does.
 */
export async function openDatabaseFile(dir: string, keys: DataKeys): Promise<Result<OpenedFile>> {
  if (!(await isDirectory(dir))) return err('not_found', `no data directory at ${dir}`);
  const { db: file } = dataDirPaths(dir);
  const opened = await openDatabase({ file, key: keys.db, keyVerified: !keys.pendingDb });
  if (opened.ok) return ok({ db: opened.value, dbKey: keys.db, openedWith: 'current' });
  if (!keys.pendingDb || !['wrong_key', 'database_corrupt'].includes(opened.error.code)) return opened;
  const pending = await openDatabase({ file, key: keys.pendingDb, keyVerified: true });
  return pending.ok ? ok({ db: pending.value, dbKey: keys.pendingDb, openedWith: 'pending' }) : pending;
}

/** Opens an existing data directory (the database file, its terminal id and chain genesis). */
export async function openLedgerDatabase(dir: string, keys: DataKeys): Promise<Result<OpenDataDir>> {
  const opened = await openDatabaseFile(dir, keys);
  if (!opened.ok) return opened;
  const { db, openedWith } = opened.value;
  const found = await db.tx.read(async (tx) => ({
    terminal: await readMetaIn(tx, META_KEYS.terminalId),
    chain: await readChainHead(tx),
  }));
  if (found.chain && !found.terminal) {
    // The genesis MAC binds the terminal id; inventing a new one would paper over the loss.
    await db.close();
    return err('database_corrupt', 'the terminal id of this ledger is missing');
  }
  const terminalId = found.terminal ?? newId();
  return finishOpen(dir, db, keys, terminalId, openedWith);
}

async function finishOpen(
  dir: string, db: Database, keys: DataKeys, terminalId: string, openedWith: OpenDataDir['openedWith'],
): Promise<Result<OpenDataDir>> {
  const mac = chainMacFor(keys);
  try {
    await db.tx.write((tx) => ensureGenesis(tx, mac, terminalId));
    return ok({ dir, db, mac, terminalId, openedWith, close: () => db.close() });
  } catch (error) {
    await db.close();
    return err('internal', error instanceof Error ? error.message : String(error));
  }
}
