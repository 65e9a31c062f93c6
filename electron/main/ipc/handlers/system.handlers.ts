import type { Output } from '../../../../shared/ipc/contract';
import { ok } from '../../../../shared/domain/result';
import { readChainHead } from '../../db/repositories/journal.repo';
import { META_KEYS, readMeta } from '../../db/repositories/meta.repo';
import type { AppContext } from './app-context';
import type { Handler } from './handler-types';
import { currentSettings } from './settings.handlers';

export function databaseStatus(app: AppContext): Output<'system.status'>['database'] {
  const { pragmas, schemaVersion } = app.ledger.db.report;
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

export async function chainHeadSeq(app: AppContext): Promise<number> {
  const head = await app.ledger.db.tx.read(readChainHead);
  return head?.lastSeq ?? 0;
}

export async function isSetupDone(app: AppContext): Promise<boolean> {
  return (await readMeta(app.ledger.db, META_KEYS.setupDoneAtMs)) !== undefined;
}

export function systemHandlers(app: AppContext): { 'system.status': Handler<'system.status'> } {
  return {
    'system.status': async () =>
      ok({
        appVersion: app.appVersion,
        database: databaseStatus(app),
        chainHeadSeq: await chainHeadSeq(app),
        setupDone: await isSetupDone(app),
        session: app.session.state(),
        locale: currentSettings(app.settings).locale,
        serverTimeMs: app.clock.nowMs(),
      }),
  };
}
