import type { Result } from '../../shared/domain/result';
import { EventHub } from '../main/app/event-sink';
import { passphraseKeyProvider, type OpenDataDirError } from '../main/app/open-data-dir';
import { systemClock, type Clock } from '../main/core/ports';
import type { KdfParams } from '../main/db/passphrase-key-wrap';
import { openSettingsFile } from '../main/db/settings-file';
import { openRecoverableApp, type LiveApp } from '../main/ipc/handlers/recoverable-app';
import { redactingLogger, stderrLogger, type RedactingLogger } from '../main/sys/logger';

export type HostAppOptions = {
  readonly dataDir: string;
  readonly passphrase: string;
  /** For a new key file (first run); unlocking uses the parameters stored in the file. */
  readonly kdf: KdfParams;
  readonly appVersion: string;
  readonly clock?: Clock;
  /** Test-only cheaper scrypt for staff secrets. */
  readonly secretHashCost?: { N: number };
  /**
   * Where finished log lines go; stderr unless a test collects them. Only the sink is
   * injectable, never the logger: every line the web host writes is redacted first.
   */
  readonly logSink?: (line: string) => void;
};

export type HostApp = {
  /** The full app, or the recovery dispatch of a rolled-back ledger until an owner accepts it. */
  readonly app: LiveApp;
  readonly events: EventHub;
  /** The redacting logger the app logs through; serve.ts logs its own failures with it too. */
  readonly log: RedactingLogger;
};

/**
 * Everything `serve` mounts: the data directory opened by the one opening sequence
 * (app/open-data-dir.ts) with the passphrase KEK, conf settings in the data directory, one
 * EventHub, and the real createApp: or, for a database older than its chain anchor, the recovery
 * dispatch, swapped for the full app once an owner accepted it (ipc/handlers/recoverable-app.ts).
 */
export async function openHostApp(options: HostAppOptions): Promise<Result<HostApp, OpenDataDirError>> {
  const log = options.logSink ? redactingLogger(options.logSink) : stderrLogger;
  const events = new EventHub();
  const opened = await openRecoverableApp({
    dir: options.dataDir,
    keySource: passphraseKeyProvider({
      dir: options.dataDir,
      passphrase: () => Promise.resolve(options.passphrase),
      kdf: options.kdf,
    }),
    settings: openSettingsFile(options.dataDir),
    events,
    clock: options.clock ?? systemClock,
    appVersion: options.appVersion,
    log,
    ...(options.secretHashCost ? { secretHashCost: options.secretHashCost } : {}),
  });
  return opened.ok ? { ok: true, value: { app: opened.value, events, log } } : opened;
}
