import { open, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Temporary file, fsync, rename, fsync of the folder: a crash leaves the old file or the new
 * one, never half of one, and the rename itself survives a power loss. Key files go through here.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  await syncPath(temporary);
  await rename(temporary, path);
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
