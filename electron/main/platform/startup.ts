import type { Result } from '../../../shared/domain/result';
import type { AnchorSlot } from '../db/chain-anchor';
import { openFailureMessage, type DataDirSeams, type OpenDataDirError } from '../app/open-data-dir';
import type { EventHub } from '../app/event-sink';
import type { Clock } from '../core/ports';
import type { SettingsStore } from '../core/settings/settings-store';
import type { KeyProvider } from '../db/key-provider';
import type { Logger } from '../ipc/dispatch';
import type { App, AppDeps } from '../ipc/handlers/create-app';
import type { createRecoveryApp } from '../ipc/handlers/create-recovery-app';
import { openRecoverableApp, type LiveApp } from '../ipc/handlers/recoverable-app';

/**
 * The Electron shell's binding of the one opening sequence (app/open-data-dir.ts `openApp`): its
 * key provider (safeStorage or passphrase, chosen by key-selection.ts), its electron-store
 * settings and `createApp` for the dispatch the IPC router mounts. index.ts wires the result to
 * the router and the window. A database older than its chain anchor does not stop the start:
 * the recovery dispatch is mounted (ipc/handlers/recoverable-app.ts), the window shows the recovery
 * screen, and an owner's confirmation swaps the full app in behind the same router.
 */
export type LedgerStartup = {
  readonly dir: string;
  readonly keyProvider: KeyProvider;
  readonly settings: SettingsStore;
  readonly events: EventHub;
  readonly clock: Clock;
  readonly appVersion: string;
  readonly log: Logger;
  /** Chain-anchor slots besides the file in the data directory: the OS key store (key-store-anchor.ts). */
  readonly anchorSlots?: readonly AnchorSlot[];
  /** Seams for tests; production uses the real ones. */
  readonly open?: DataDirSeams['open'];
  readonly init?: DataDirSeams['init'];
  readonly create?: (deps: AppDeps) => Promise<App>;
  readonly createRecovery?: typeof createRecoveryApp;
};

export async function startLedgerApp(startup: LedgerStartup): Promise<Result<LiveApp, OpenDataDirError>> {
  const { keyProvider, open, init, create, createRecovery, anchorSlots, ...deps } = startup;
  const started = await openRecoverableApp({
    ...deps,
    keySource: keyProvider,
    ...(create ? { create } : {}),
    ...(createRecovery ? { createRecovery } : {}),
    seams: { ...(open ? { open } : {}), ...(init ? { init } : {}) },
    ...(anchorSlots ? { anchor: { extraSlots: anchorSlots } } : {}),
  });
  if (started.ok) return started;
  // What the error box says (index.ts shows `message`).
  return { ok: false, error: { ...started.error, message: openFailureMessage(started.error, startup.dir) } };
}
