import { ok, type Result } from '../../../../shared/domain/result';
import type { Clock } from '../../core/ports';
import { backupDatabase } from '../../db/backup';
import type { Database } from '../../db/connection';
import { META_KEYS, writeMetaIn } from '../../db/repositories/meta.repo';

export type BackupPorts = {
  readonly db: Database;
  /** The SQLCipher key that opened the file: the backup opens with the key file as it is now. */
  readonly dbKey: Uint8Array;
  readonly clock: Clock;
};

export type BackupLedger = (out: string) => Promise<Result<{ readonly bytes: number }>>;

/**
 * A consistent encrypted copy of the live database (db/backup.ts), created exclusively and 0600,
 * then the time of the last backup kept in `meta` for Ledger health.
 */
export function backupLedger(ports: BackupPorts): BackupLedger {
  return async (out) => {
    const written = await backupDatabase(ports.db, out, ports.dbKey);
    if (!written.ok) return written;
    await ports.db.tx.write((tx) => writeMetaIn(tx, META_KEYS.lastBackupAtMs, String(ports.clock.nowMs())));
    return ok(written.value);
  };
}
