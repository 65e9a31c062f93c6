import { constants } from 'node:fs';
import { chmod, lstat, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The files of a data directory hold a ledger, wrapped keys and the chain anchor: the folder is
 * 0700 and every file in it 0600 (docs/security.md §5.6), whatever the umask says.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** O_NOFOLLOW is not defined on Windows; there the exclusive create alone refuses a planted link. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const CREATE_NEW = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | NO_FOLLOW;

/**
 * Creates `path` as a new, empty 0600 file, never following a link and never opening an existing
 * file (O_EXCL): a backup target or a database about to be created.
 */
export async function createPrivateFile(path: string): Promise<void> {
  const handle = await open(path, CREATE_NEW, PRIVATE_FILE_MODE);
  try {
    await handle.chmod(PRIVATE_FILE_MODE);
  } finally {
    await handle.close();
  }
}

/**
 * Temporary file, fsync, rename, fsync of the folder: a crash leaves the old file or the new one.
 * The temporary file is created exclusively and without following links, so a link planted at
 * `<path>.tmp` by someone who can write the folder is removed, never written through. A stale
 * temporary file from a crash is removed the same way. A file that several processes may write
 * at once (the chain anchor) passes a temporary name of its own.
 */
export async function writePrivateFileAtomically(path: string, text: string, temporary = `${path}.tmp`): Promise<void> {
  const handle = await open(temporary, CREATE_NEW, PRIVATE_FILE_MODE).catch(async (error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // unlink removes a link itself, not its target; a second plant in between fails again (EEXIST).
    await unlink(temporary);
    return open(temporary, CREATE_NEW, PRIVATE_FILE_MODE);
  });
  try {
    await handle.chmod(PRIVATE_FILE_MODE);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
  // Some file systems cannot fsync a directory; the rename is then as durable as they allow.
  await syncDir(dirname(path)).catch(() => undefined);
}

async function syncDir(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Tightens the mode of a regular file we own (no link is followed); absent files are skipped. */
export async function makePrivate(path: string, mode: number = PRIVATE_FILE_MODE): Promise<void> {
  const found = await lstat(path).catch(() => undefined);
  if (!found || found.isSymbolicLink() || (found.mode & 0o777) === mode) return;
  await chmod(path, mode).catch(() => undefined);
}

/** The data directory itself: 0700 (a directory, followed if it is a link the user made). */
export async function makeDirPrivate(dir: string): Promise<void> {
  const found = await stat(dir).catch(() => undefined);
  if (!found?.isDirectory() || (found.mode & 0o777) === PRIVATE_DIR_MODE) return;
  await chmod(dir, PRIVATE_DIR_MODE).catch(() => undefined);
}
