import type { Result } from '../../../../shared/domain/result';
import type { OpenDataDir } from '../../db/data-dir';
import { rekeyLedger as rekeyFile } from '../../db/rekey';

export type RekeyLedger = (passphrase: string) => Promise<Result<{ readonly keyFile: string }>>;

/**
 * Re-encrypts the open ledger under a fresh db key (db/rekey.ts: pending slot, `PRAGMA rekey`,
 * promote; an interrupted earlier rekey is finished first). Passphrase key files only. The root
 * key, and so the chain and its anchor, do not change.
 */
export function rekeyLedger(ports: { readonly dataDir: OpenDataDir }): RekeyLedger {
  return (passphrase) => rekeyFile(ports.dataDir, passphrase);
}
