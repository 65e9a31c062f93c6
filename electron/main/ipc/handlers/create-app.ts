// PLACEHOLDER SIGNATURE — being implemented by the lead; see the prompt.
import type { Clock } from '../../core/ports';
import type { SettingsStore } from '../../core/settings/settings-store';
import type { OpenLedger } from '../../db/data-dir';
import type { DataKeys } from '../../db/key-provider';
import type { Dispatch, Logger } from '../dispatch';
import type { EventHub } from '../event-sink';

export type AppDeps = {
  readonly ledger: OpenLedger;
  readonly keys: DataKeys;
  readonly settings: SettingsStore;
  readonly events: EventHub;
  readonly clock: Clock;
  readonly appVersion: string;
  readonly log: Logger;
  /** Test-only: cheaper scrypt for staff secrets. Production leaves it unset. */
  readonly secretHashCost?: { N: number };
};

/** Everything a transport needs: one dispatch, and a way to stop timers and close the ledger. */
export type App = {
  readonly dispatch: Dispatch;
  close(): Promise<void>;
};

export declare function createApp(deps: AppDeps): Promise<App>;
