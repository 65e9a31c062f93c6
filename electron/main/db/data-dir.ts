import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppError } from '../../../shared/domain/errors';
import { newId } from '../../../shared/domain/ids';
import { err, ok, type Result } from '../../../shared/domain/result';
import { ANCHOR_FILE, ChainAnchor, fileAnchorSlot, type AnchorSlot, type RollbackError, type RollbackFinding } from './chain-anchor';
import { ChainMac } from './chain-mac';
import { createDatabase, openDatabase, type Database } from './connection';
import type { DataKeys } from './key-provider';
import { deriveSubKey, SUB_KEY_LABELS } from './sub-keys';
import { ensureGenesis, readChainHead } from './repositories/journal.repo';
import { META_KEYS, readMetaIn } from './repositories/meta.repo';
import { createPrivateFile, makeDirPrivate, makePrivate, PRIVATE_DIR_MODE } from './private-files';
import { exists, isDirectory } from '../sys/files';

export const DB_FILE = 'tillbook.db';
export const KEY_FILE = 'tillbook.key';

export const dataDirPaths = (dir: string) => ({
  db: join(dir, DB_FILE),
  keyFile: join(dir, KEY_FILE),
  anchor: join(dir, ANCHOR_FILE),
});

/** How an opening treats the chain anchor (db/chain-anchor.ts). */
export type AnchorOptions = {
  /** Slots besides the file beside the database (Electron: the OS key store). */
  readonly extraSlots?: readonly AnchorSlot[];
  /**
   * `refuse` (every host): a rolled-back database is `database_rolled_back`. `report`: opened
   * anyway with the finding in `rollback`, only for the manager-confirmed way forward
   * (app/ledger/accept-rollback.ts) and restore.
   */
  readonly onRollback?: 'refuse' | 'report';
  readonly intervalMs?: number;
  readonly onError?: (error: unknown) => void;
};

/** An unlocked data directory: the open database, its chain key and this terminal's id. */
export type OpenDataDir = {
  readonly dir: string;
  readonly db: Database;
  readonly mac: ChainMac;
  readonly terminalId: string;
  /** Which db key opened the file: a rekey interrupted after re-encryption opens with `pending`. */
  readonly openedWith: 'current' | 'pending';
  /** Set only when opened with `onRollback: 'report'` and the anchor check failed. */
  readonly rollback?: RollbackFinding;
  /**
   * Sets the chain anchor to the head now (kept up to date after commits and on close from then
   * on). After a rollback finding only once a manager confirmed it (app/ledger/accept-rollback.ts).
   */
  reanchor(): Promise<void>;
  close(): Promise<void>;
};

/** The chain MAC key of a ledger: derived from the root key, which a rekey never changes. */
export function chainMacFor(keys: DataKeys): ChainMac {
  return new ChainMac(deriveSubKey(keys.root, SUB_KEY_LABELS.chain));
}

/** Creates the database of a new terminal in `dir` (keys already created by the provider). */
export async function initLedgerDatabase(dir: string, keys: DataKeys, anchor: AnchorOptions = {}): Promise<Result<OpenDataDir>> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await makeDirPrivate(dir);
  const { db: file } = dataDirPaths(dir);
  if (await exists(file)) return err('invalid_input', 'a ledger already exists here');
  // Created empty and 0600 first: SQLite gives its WAL and shared-memory files the database's mode.
  await createPrivateFile(file);
  const created = await createDatabase({ file, key: keys.db, keyVerified: true });
  if (!created.ok) return created;
  return finishOpen(dir, created.value, keys, newId(), 'current', anchor);
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
export async function openLedgerDatabase(dir: string, keys: DataKeys, anchor: AnchorOptions = {}): Promise<Result<OpenDataDir>> {
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
  return finishOpen(dir, db, keys, terminalId, openedWith, anchor);
}

/** The files of a data directory: the folder 0700, every file 0600 (tightened on each open). */
export async function tightenModes(dir: string): Promise<void> {
  const paths = dataDirPaths(dir);
  await makeDirPrivate(dir);
  const files = [paths.db, `${paths.db}-wal`, `${paths.db}-shm`, paths.keyFile, paths.anchor];
  await Promise.all(files.map((file) => makePrivate(file)));
}

async function finishOpen(
  dir: string, db: Database, keys: DataKeys, terminalId: string, openedWith: OpenDataDir['openedWith'], options: AnchorOptions,
): Promise<Result<OpenDataDir, AppError | RollbackError>> {
  const mac = chainMacFor(keys);
  try {
    await db.tx.write((tx) => ensureGenesis(tx, mac, terminalId));
    await tightenModes(dir);
    const anchor = new ChainAnchor({
      db,
      key: deriveSubKey(keys.root, SUB_KEY_LABELS.anchor),
      terminalId,
      slots: [fileAnchorSlot(dir), ...(options.extraSlots ?? [])],
      ...(options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
    });
    const checked = await anchor.check();
    if (!checked.ok && options.onRollback !== 'report') {
      await db.close();
      return checked;
    }
    // A database opened despite a rollback finding keeps the old anchor until `reanchor`.
    let anchored = checked.ok;
    if (anchored) db.tx.onCommit(anchor.hook);
    const reanchor = async (): Promise<void> => {
      await anchor.reset();
      if (!anchored) db.tx.onCommit(anchor.hook);
      anchored = true;
    };
    const close = async (): Promise<void> => {
      try {
        if (anchored) await anchor.close();
      } finally {
        db.tx.onCommit(undefined);
        await db.close();
      }
    };
    const rollback = checked.ok ? {} : { rollback: checked.error.finding };
    return ok({ dir, db, mac, terminalId, openedWith, ...rollback, reanchor, close });
  } catch (error) {
    await db.close();
    return err('internal', error instanceof Error ? error.message : String(error));
  }
}
