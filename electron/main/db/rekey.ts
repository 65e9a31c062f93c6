import { randomBytes } from 'node:crypto';
import { err, ok, type Result } from '../../../shared/ipc/result';
import { keyPragma } from './connection';
import { checkIntegrity } from './integrity';
import { dataDirPaths, type OpenLedger } from './data-dir';
import { promoteDbKey, recordPendingDbKey } from './passphrase-key-wrap';

/**
 * Re-encrypts the whole file under a fresh random db key. Order matters for crash safety:
 * (1) the key file records the next key as pending, (2) `PRAGMA rekey` rewrites every page in
 * one transaction, (3) the key file promotes it. A crash after (1) or (2) leaves a file that the
 * current or the pending key opens (`openLedgerDatabase` tries both). The root key, and so the
 * chain key, does not change: every MAC stays valid.
 */
export async function rekeyLedger(ledger: OpenLedger, passphrase: string): Promise<Result<{ keyFile: string }>> {
  const { keyFile } = dataDirPaths(ledger.dir);
  const next = randomBytes(32);
  const recorded = await recordPendingDbKey(keyFile, passphrase, next);
  if (!recorded.ok) return recorded;
  const problems = await ledger.db.tx.exclusive(async (connection) => {
    await connection.runOnce(keyPragma(next).replace('PRAGMA key', 'PRAGMA rekey'));
    return (await checkIntegrity(connection, false)).problems;
  });
  if (problems.length > 0) return err('database_corrupt', problems.join('; '));
  const promoted = await promoteDbKey(keyFile, passphrase, next);
  if (!promoted.ok) return promoted;
  return ok({ keyFile });
}
