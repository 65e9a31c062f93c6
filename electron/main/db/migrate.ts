import type { SqlConnection } from './driver';
import { MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/migration';
import { openError, type OpenError } from './open-errors';
import type { TxRunner } from './tx';
import { ok, type Result } from '../../../shared/domain/result';

export async function schemaVersion(connection: SqlConnection): Promise<number> {
  const row = await connection.getOnce<{ user_version: number }>('PRAGMA user_version');
  return row?.user_version ?? 0;
}

/**
 * Brings the schema to `target` (default: newest) in ONE transaction that also sets
 * user_version; any failure rolls every step back. A database written by a newer app is
 * refused untouched.
 */
export async function migrate(
  connection: SqlConnection,
  runner: TxRunner,
  migrations: readonly Migration[] = MIGRATIONS,
  target?: number,
): Promise<Result<number, OpenError>> {
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  const goal = target ?? newest;
  const current = await schemaVersion(connection);
  if (current > newest) {
    const message = `database schema ${current} is newer than this app (${newest})`;
    return { ok: false, error: openError('database_too_new', message) };
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= goal);
  if (pending.length === 0) return ok(current);
  await runner.write(async (tx) => {
    for (const step of pending) await step.up(tx);
    await tx.exec(`PRAGMA user_version = ${Number(goal)}`);
  });
  const fkProblems = await connection.allOnce('PRAGMA foreign_key_check');
  if (fkProblems.length > 0) {
    return { ok: false, error: openError('database_corrupt', 'foreign key check failed after migration') };
  }
  return ok(goal);
}
