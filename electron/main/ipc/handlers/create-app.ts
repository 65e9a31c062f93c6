import { newId } from '../../../../shared/domain/ids';
import type { Clock } from '../../core/ports';
import { ApprovalBook } from '../../core/staff/approval-book';
import { DEFAULT_LOCKOUT, stricterOnly, type LockoutPolicy } from '../../core/staff/lockout-policy';
import { StaffSession } from '../../core/staff/session';
import type { SettingsStore } from '../../core/settings/settings-store';
import type { OpenDataDir } from '../../db/data-dir';
import type { DataKeys } from '../../db/key-provider';
import { StaffRepo } from '../../db/repositories/staff.repo';
import { StaffSecretHasher, PRODUCTION_SECRET_COST } from '../../db/staff-secret';
import { deriveSubKey, SUB_KEY_LABELS } from '../../db/sub-keys';
import { createDispatch, type Dispatch, type Logger, type SessionGate } from '../dispatch';
import type { EventHub } from '../event-sink';
import type { AppContext } from './app-context';
import { approvalHandlers } from './approval.handlers';
import type { Handlers } from './handler-types';
import { ledgerHandlers } from './ledger.handlers';
import { currentSettings, settingsHandlers } from './settings.handlers';
import { setupHandlers } from './setup.handlers';
import { staffHandlers } from './staff.handlers';
import { systemHandlers } from './system.handlers';

export type AppDeps = {
  readonly ledger: OpenDataDir;
  readonly keys: DataKeys;
  readonly settings: SettingsStore;
  readonly events: EventHub;
  readonly clock: Clock;
  readonly appVersion: string;
  readonly log: Logger;
  /** Test-only: cheaper scrypt for staff secrets. Production leaves it unset. */
  readonly secretHashCost?: { N: number };
  /** Stricter-only lockout settings; looser values are clamped to PCI DSS 8.3.4. */
  readonly lockout?: Partial<LockoutPolicy>;
  /** How often the idle lock is checked when nobody calls. */
  readonly idleCheckMs?: number;
};

/** Everything a transport needs: one dispatch, and a way to stop timers and close the ledger. */
export type App = {
  readonly dispatch: Dispatch;
  /** For tests and the shells: the live context (session, staff repo). */
  readonly context: AppContext;
  close(): Promise<void>;
};

export async function createApp(deps: AppDeps): Promise<App> {
  const stored = currentSettings(deps.settings);
  const session = new StaffSession(deps.clock, stored.idleLockMinutes * 60_000, (reason) =>
    deps.events.emit('session.locked', { reason }),
  );
  const cost = deps.secretHashCost ? { ...PRODUCTION_SECRET_COST, N: deps.secretHashCost.N } : PRODUCTION_SECRET_COST;
  const context: AppContext = {
    ledger: deps.ledger,
    staff: new StaffRepo(deps.ledger.db, deps.ledger.mac, () => deps.clock.nowMs()),
    hasher: new StaffSecretHasher(deriveSubKey(deps.keys.root, SUB_KEY_LABELS.staffSecret), cost),
    session,
    approvals: new ApprovalBook(deps.clock, newId),
    lockout: deps.lockout ? stricterOnly(deps.lockout) : DEFAULT_LOCKOUT,
    settings: deps.settings,
    events: deps.events,
    clock: deps.clock,
    appVersion: deps.appVersion,
    lastVerify: null,
  };
  const handlers: Handlers = {
    ...systemHandlers(context),
    ...setupHandlers(context),
    ...staffHandlers(context),
    ...approvalHandlers(context),
    ...settingsHandlers(context),
    ...ledgerHandlers(context),
  };
  const gate: SessionGate = {
    current: () => {
      const state = session.state();
      const staff = session.activeStaff();
      return { state, caller: staff };
    },
    touch: () => session.touch(),
  };
  const timer = setInterval(() => session.lockIfIdle(), deps.idleCheckMs ?? 5000);
  timer.unref();
  return {
    dispatch: createDispatch(handlers, gate, deps.log, (call) =>
      context.staff.recordAudit({
        kind: 'audit.accessDenied',
        staffId: call.caller?.staffId ?? session.holder()?.staffId ?? null,
        subject: call.key,
        detail: call.code,
        origin: call.transport,
      }),
    ),
    context,
    close: async () => {
      clearInterval(timer);
      await deps.ledger.close();
    },
  };
}
