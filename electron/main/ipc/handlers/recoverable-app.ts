import { err, ok, type Result } from '../../../../shared/domain/result';
import type { AppDeps } from '../../app/assemble';
import { openApp, type KeySource, type OpenAppOptions, type OpenDataDirError } from '../../app/open-data-dir';
import type { Dispatch } from '../dispatch';
import { createApp } from './create-app';
import { createRecoveryApp, type RecoveryApp } from './create-recovery-app';

/** What a host mounted: the full app, the recovery dispatch of a rolled-back ledger, or neither. */
export type LiveMode = 'app' | 'recovery' | 'failed';

/**
 * What every host mounts (the Electron router, the web host): one dispatch that never changes
 * identity, forwarding to whatever is open underneath, so accepting a rollback swaps the app
 * without re-registering a router or restarting a server.
 */
export type LiveApp = {
  readonly dispatch: Dispatch;
  mode(): LiveMode;
  close(): Promise<void>;
};

type Mounted = { readonly dispatch: Dispatch; close(): Promise<void> };

export type RecoverableOptions = Omit<OpenAppOptions<Mounted>, 'build'> & {
  /** Seams for tests; production builds the real ones. */
  readonly create?: (deps: AppDeps) => Promise<Mounted>;
  readonly createRecovery?: typeof createRecoveryApp;
};

/** The keys are unlocked once (one passphrase prompt, one scrypt) however often the directory is opened. */
function unlockOnce(source: KeySource): KeySource {
  let keys: Extract<Awaited<ReturnType<KeySource['unlock']>>, { ok: true }>['value'] | undefined;
  return {
    unlock: async () => {
      if (keys) return ok(keys);
      const unlocked = await source.unlock();
      if (unlocked.ok) keys = unlocked.value;
      return unlocked;
    },
  };
}

function failedMount(error: OpenDataDirError): Mounted {
  return { dispatch: () => Promise.resolve(err(error.code, error.message)), close: () => Promise.resolve() };
}

/**
 * Opens the data directory the one way (app/open-data-dir.ts `openApp`) and mounts the full app.
 * A database older than its chain anchor (`database_rolled_back`) is not an exit any more: it is
 * opened again with `onRollback: 'report'` and the recovery dispatch is mounted
 * (create-recovery-app.ts); once an owner accepted it, that is closed, the directory
 * opened normally and the full app mounted in its place. Any other failure is returned as before.
 */
export async function openRecoverableApp(options: RecoverableOptions): Promise<Result<LiveApp, OpenDataDirError>> {
  const { create, createRecovery, keySource, anchor, ...rest } = options;
  const base = { ...rest, keySource: unlockOnce(keySource) };
  const build = create ?? createApp;
  const openFull = () => openApp<Mounted>({ ...base, ...(anchor ? { anchor } : {}), build });

  let mode: LiveMode = 'app';
  let current: Mounted;
  let switching: Promise<void> | undefined;

  const onAccepted = async (): Promise<void> => {
    const done = (async () => {
      await current.close();
      const reopened = await openFull();
      if (reopened.ok) {
        current = reopened.value;
        mode = 'app';
        return;
      }
      rest.log.error('the accepted ledger could not be opened', { code: reopened.error.code });
      current = failedMount(reopened.error);
      mode = 'failed';
    })();
    switching = done;
    await done;
  };

  const full = await openFull();
  if (full.ok) {
    current = full.value;
  } else {
    if (full.error.code !== 'database_rolled_back') return full;
    const recovery = await openApp<RecoveryApp>({
      ...base,
      anchor: { ...anchor, onRollback: 'report' },
      build: (deps) => (createRecovery ?? createRecoveryApp)({ ...deps, onAccepted }),
    });
    if (!recovery.ok) return recovery;
    current = recovery.value;
    mode = 'recovery';
  }

  return {
    ok: true,
    value: {
      // A call that arrives while the app is being swapped waits for the new one (the accepting
      // call itself passed here before the swap began, so it never waits for itself).
      dispatch: async (key, input, transport) => {
        if (switching) await switching;
        return current.dispatch(key, input, transport);
      },
      mode: () => mode,
      close: async () => {
        await switching;
        await current.close();
      },
    },
  };
}
