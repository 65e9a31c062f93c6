import { randomBytes } from 'node:crypto';
import { err, ok, type Result } from '../../../shared/domain/result';
import { keyPragma, type Database } from './connection';
import type { SqlConnection } from './driver';
import { checkIntegrity } from './integrity';
import { dataDirPaths, type OpenDataDir } from './data-dir';
import { promoteDbKey, recordPendingDbKey, unlockKeyFile } from './passphrase-key-wrap';

/**
 * Re-encrypts the whole file under a fresh random db key. Order matters for crash safety:
 * (1) the key file records the next key as pending, (2) `PRAGMA rekey` rewrites every page in
 * one transaction, (3) the key file promotes it. A crash after (1) or (2) leaves a file that the
 * current or the pending key opens (`openLedgerDatabase` tries both). The root key, and so the
 * chain key, does not change: every MAC stays valid.
 *
 * A ledger opened with the pending key (a rekey interrupted after (2)) is first brought back to
 * "current opens the file": otherwise (1) would overwrite the only key that opens it.
 */
export async function rekeyLedger(ledger: OpenDataDir, passphrase: string): Promise<Result<{ keyFile: string }>> {
  const { keyFile } = dataDirPaths(ledger.dir);
  const keys = await unlockKeyFile(keyFile, passphrase);
  if (!keys.ok) return keys;
  let onFile = keys.value.db;
  if (ledger.openedWith === 'pending' && keys.value.pendingDb) {
    const promoted = await promoteDbKey(keyFile, passphrase, keys.value.pendingDb);
    if (!promoted.ok) return promoted;
    onFile = keys.value.pendingDb;
  }
  const next = randomBytes(32);
  const recorded = await recordPendingDbKey(keyFile, passphrase, next);
  if (!recorded.ok) return recorded;
  const outcome = await reencryptDatabase(ledger.db, next).catch((error: unknown) => ({
    rekeyed: false,
    problems: [error instanceof Error ? error.message : String(error)],
  }));
  if (!outcome.rekeyed) {
    // The file is still on its old key: clear the pending slot so nothing can promote it later.
    const cleared = await promoteDbKey(keyFile, passphrase, onFile);
    if (!cleared.ok) return cleared;
    return err('internal', `rekey failed: ${outcome.problems.join('; ')}`);
  }
  // The file is on the new key from here on, whatever the integrity check says.
  const promoted = await promoteDbKey(keyFile, passphrase, next);
  if (!promoted.ok) return promoted;
  if (outcome.problems.length > 0) return err('database_corrupt', outcome.problems.join('; '));
  return ok({ keyFile });
}

export type ReencryptOutcome = { readonly rekeyed: boolean; readonly problems: readonly string[] };

/**
 * Step (2) alone. SQLCipher 4 does not support `PRAGMA rekey` in WAL mode: the re-encrypted pages
 * land in the WAL next to frames under the old key, and the main file keeps old pages until a
 * checkpoint (so `cipher_integrity_check`, which reads the main file, fails every page). So the
 * connection leaves WAL for the rekey, which then rewrites the file under a rollback journal (a
 * crash rolls back to the old key), and returns to WAL. Leaving WAL needs the only connection:
 * with another one open the switch fails and nothing is rekeyed.
 */
export function reencryptDatabase(db: Database, next: Uint8Array): Promise<ReencryptOutcome> {
  return db.tx.exclusive(async (connection) => {
    const before = await setJournalMode(connection, 'delete');
    if (before !== 'delete') {
      return { rekeyed: false, problems: [`cannot leave WAL for the rekey (journal_mode ${before}); is the database open elsewhere?`] };
    }
    const problems: string[] = [];
    let rekeyed = false;
    try {
      await connection.runOnce(keyPragma(next).replace('PRAGMA key', 'PRAGMA rekey'));
      rekeyed = true;
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    } finally {
      const after = await setJournalMode(connection, 'wal').catch((error: unknown) => String(error));
      if (after !== 'wal') problems.push(`journal_mode is ${after} after the rekey, not wal`);
    }
    if (rekeyed) problems.push(...(await checkIntegrity(connection, false)).problems);
    return { rekeyed, problems };
  });
}

async function setJournalMode(connection: SqlConnection, mode: 'delete' | 'wal'): Promise<string> {
  const row = await connection.getOnce<{ journal_mode: string }>(`PRAGMA journal_mode = ${mode.toUpperCase()}`);
  return String(row?.journal_mode ?? '').toLowerCase();
}

/**
 * Whether this connection is the only one to its file: leaving WAL needs exactly that (see
 * `reencryptDatabase`), so a running till or web host on the same data directory answers false.
 * The file is back in WAL mode afterwards.
 */
export function isSoleConnection(db: Database): Promise<boolean> {
  return db.tx.exclusive(async (connection) => {
    const left = await setJournalMode(connection, 'delete').catch(() => 'busy');
    if (left !== 'delete') return false;
    const back = await setJournalMode(connection, 'wal');
    if (back !== 'wal') throw new Error(`journal_mode is ${back}, not wal`);
    return true;
  });
}
