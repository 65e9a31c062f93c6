import { open, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The few file-system questions every host asks (the Electron shell, the web host, the CLI and
 * the data-directory rules), answered once. A path we cannot stat counts as absent: the caller
 * then takes its "new" branch, and the create step that follows reports the real error.
 */
export function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

export function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

/**
 * Temporary file, fsync, rename, fsync of the folder: a crash leaves the old file or the new
 * one, never half of one, and the rename itself survives a power loss. Key files go through here
 * (mode 0600: they hold wrapped keys).
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  await syncPath(temporary);
  await rename(temporary, path);
  // Some file systems cannot fsync a directory; the rename is then as durable as they allow.
  await syncPath(dirname(path)).catch(() => undefined);
}

async function syncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
