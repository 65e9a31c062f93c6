import type { Output } from '../../../../shared/ipc/contract';
import type { Clock } from '../../core/ports';
import type { SettingsStore } from '../../core/settings/settings-store';
import type { StaffSession } from '../../core/staff/session';
import type { Database } from '../../db/connection';
import { readChainHead } from '../../db/repositories/journal.repo';
import { META_KEYS, readMetaIn } from '../../db/repositories/meta.repo';
import { currentSettings } from '../settings/read-settings';

export function databaseStatus(db: Database): Output<'system.status'>['database'] {
  const { pragmas, schemaVersion } = db.report;
  return {
    encrypted: pragmas.cipherVersion.length > 0,
    cipherVersion: pragmas.cipherVersion,
    schemaVersion,
    journalMode: pragmas.journalMode,
    synchronous: pragmas.synchronous,
    foreignKeys: pragmas.foreignKeys === 1,
    busyTimeoutMs: pragmas.busyTimeoutMs,
  };
}

export async function chainHeadSeq(db: Database): Promise<number> {
  return (await db.tx.read(readChainHead))?.lastSeq ?? 0;
}

export type SystemStatus = () => Promise<Output<'system.status'>>;

export type SystemPorts = {
  readonly db: Database; readonly session: StaffSession; readonly settings: SettingsStore;
  readonly clock: Clock; readonly appVersion: string;
};

/**
 * What the frame polls. One short read transaction and nothing else that waits: no secret
 * hashing, no write (bench B7 measures it while sign-ins flood the till).
 */
export function systemStatus(ports: SystemPorts): SystemStatus {
  return async () => {
    const { headSeq, setupDone, demo } = await ports.db.tx.read(async (tx) => ({
      headSeq: (await readChainHead(tx))?.lastSeq ?? 0,
      setupDone: (await readMetaIn(tx, META_KEYS.setupDoneAtMs)) !== undefined,
      demo: (await readMetaIn(tx, META_KEYS.demoShop)) === 'true',
    }));
    return {
      appVersion: ports.appVersion,
      database: databaseStatus(ports.db),
      chainHeadSeq: headSeq,
      setupDone,
      session: ports.session.state(),
      locale: currentSettings(ports.settings).locale,
      serverTimeMs: ports.clock.nowMs(),
      ...(demo ? { demo: true as const } : {}),
    };
  };
}
