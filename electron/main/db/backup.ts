import { rm, stat } from 'node:fs/promises';
import { createPrivateFile } from './private-files';
import { keyPragma, type Database } from './connection';
import { err, ok, type Result } from '../../../shared/domain/result';

/**
 * A consistent encrypted copy while the till keeps running: `sqlcipher_export` reads the live
 * database inside one statement (one snapshot) and writes a fresh file keyed with `key`. The job
 * holds the connection queue, so no write of ours can land half way through.
 */
export async function backupDatabase(db: Database, out: string, key: Uint8Array): Promise<Result<{ bytes: number }>> {
  // Created empty, 0600 and exclusively (an existing file or a planted link is never written
  // through); SQLite takes an empty file for a new database.
  try {
    await createPrivateFile(out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return err('invalid_input', 'backup target already exists');
    return err('internal', `backup failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const keySql = keyPragma(key).replace(/^PRAGMA key = /, '');
  const quoted = `'${out.replaceAll("'", "''")}'`;
  try {
    await db.tx.exclusive(async (connection) => {
      await connection.exec(`ATTACH DATABASE ${quoted} AS backup KEY ${keySql}`);
      try {
        await connection.exec("SELECT sqlcipher_export('backup')");
        const version = await connection.getOnce<{ user_version: number }>('PRAGMA main.user_version');
        await connection.exec(`PRAGMA backup.user_version = ${Number(version?.user_version ?? 0)}`);
      } finally {
        await connection.exec('DETACH DATABASE backup');
      }
    });
  } catch (error) {
    await rm(out, { force: true });
    return err('internal', `backup failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { size } = await stat(out);
  return ok({ bytes: size });
}
