import type { Output } from '../../../../shared/ipc/contract';
import { META_KEYS, readMeta } from '../../db/repositories/meta.repo';
import { chainHeadSeq, databaseStatus } from '../system/system-status';
import type { LedgerDb } from './ports';
import type { LastVerify } from './verify-ledger';

export type LedgerHealth = () => Promise<Output<'ledger.health'>>;

export function ledgerHealth(ports: LedgerDb & { readonly lastVerify: LastVerify }): LedgerHealth {
  return async () => {
    const { integrity } = ports.db.report;
    const backup = await readMeta(ports.db, META_KEYS.lastBackupAtMs);
    return {
      database: databaseStatus(ports.db),
      chainHeadSeq: await chainHeadSeq(ports.db),
      lastVerify: await ports.lastVerify(),
      lastBackupAtMs: backup === undefined ? null : Number(backup),
      integrity: { ok: integrity.ok, quickCheckMs: Math.round(integrity.quickCheckMs), cipherCheckMs: Math.round(integrity.cipherCheckMs) },
    };
  };
}
