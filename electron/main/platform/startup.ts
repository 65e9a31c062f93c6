import { stat } from 'node:fs/promises';

import { err, ok, type Result } from '../../../shared/domain/result';
import type { Clock } from '../core/ports';
import type { SettingsStore } from '../core/settings/settings-store';
import {
  dataDirPaths,
  initLedgerDatabase,
  openLedgerDatabase,
  type OpenDataDir,
} from '../db/data-dir';
import type { DataKeys, KeyProvider } from '../db/key-provider';
import type { Logger } from '../ipc/dispatch';
import type { EventHub } from '../app/event-sink';
import { createApp, type App, type AppDeps } from '../ipc/handlers/create-app';

/**
 * The part of startup that does not need Electron: unlock the keys, open the ledger (or create
 * it on the first run), build the app. index.ts wires the result to the router and the window.
 */
export type LedgerStartup = {
  readonly dir: string;
  readonly keyProvider: KeyProvider;
  readonly settings: SettingsStore;
  readonly events: EventHub;
  readonly clock: Clock;
  readonly appVersion: string;
  readonly log: Logger;
  /** Seams for tests; production uses the real ones. */
  readonly open?: (dir: string, keys: DataKeys) => Promise<Result<OpenDataDir>>;
  readonly init?: (dir: string, keys: DataKeys) => Promise<Result<OpenDataDir>>;
  readonly create?: (deps: AppDeps) => Promise<App>;
};

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

export async function startLedgerApp(startup: LedgerStartup): Promise<Result<App>> {
  const keys = await startup.keyProvider.unlock();
  if (!keys.ok) return keys;
  const firstRun = !(await exists(dataDirPaths(startup.dir).db));
  const openOrInit = firstRun ? (startup.init ?? initLedgerDatabase) : (startup.open ?? openLedgerDatabase);
  const ledger = await openOrInit(startup.dir, keys.value);
  if (!ledger.ok) return ledger;
  try {
    const app = await (startup.create ?? createApp)({
      dataDir: ledger.value,
      keys: keys.value,
      settings: startup.settings,
      events: startup.events,
      clock: startup.clock,
      appVersion: startup.appVersion,
      log: startup.log,
    });
    return ok(app);
  } catch (error) {
    await ledger.value.close().catch(() => undefined);
    startup.log.error('createApp failed', { error: error instanceof Error ? error.message : String(error) });
    return err('internal', 'the till could not start');
  }
}
