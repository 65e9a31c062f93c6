import { assembleUseCases, type AppDeps, type UseCases } from '../../app/assemble';
import { demoClock } from '../../app/demo/demo-clock';
import { loadDemo, type LoadDemo } from '../../app/demo/load-demo';
import { createDispatch, type Dispatch, type SessionGate } from '../dispatch';
import { anchorHandlers } from './anchor.handlers';
import { approvalHandlers } from './approval.handlers';
import { cardHandlers } from './cards.handlers';
import { catalogHandlers } from './catalog.handlers';
import { displayHandlers } from './display.handlers';
import type { Handlers } from './handler-types';
import { ledgerHandlers } from './ledger.handlers';
import { settingsHandlers } from './settings.handlers';
import { salesHandlers } from './sales.handlers';
import { receiptHandlers } from './receipts.handlers';
import { setupHandlers } from './setup.handlers';
import { shiftHandlers } from './shifts.handlers';
import { staffHandlers } from './staff.handlers';
import { systemHandlers } from './system.handlers';
import { voucherHandlers } from './vouchers.handlers';
import { walletHandlers } from './wallets.handlers';

export type { AppDeps };

/** Everything a transport needs: one dispatch, the use cases behind it, and a way to stop. */
export type App = {
  readonly dispatch: Dispatch;
  /** For tests and the shells: the bound use cases (session included). */
  readonly useCases: UseCases;
  close(): Promise<void>;
};

export function handlersFor(uc: UseCases, demo: LoadDemo, dispatch: () => Dispatch): Handlers {
  return {
    ...systemHandlers(uc),
    ...setupHandlers(uc, demo, dispatch),
    ...staffHandlers(uc),
    ...approvalHandlers(uc),
    ...settingsHandlers(uc),
    ...ledgerHandlers(uc),
    ...anchorHandlers(),
    ...walletHandlers(uc),
    ...cardHandlers(uc),
    ...voucherHandlers(uc),
    ...catalogHandlers(uc),
    ...shiftHandlers(uc),
    ...displayHandlers(uc),
    ...salesHandlers(uc),
    ...receiptHandlers(uc),
  };
}

/** The use cases over one data directory, behind the one dispatch that every transport mounts. */
export async function createApp(deps: AppDeps): Promise<App> {
  // Set back in time only by first run's "Load demo data" (app/demo/load-demo.ts), which dates a
  // demo shop's past week; released before its answer, and refused once setup is done.
  const clock = demoClock(deps.clock);
  const { useCases: uc, close } = await assembleUseCases({ ...deps, clock });
  const demo = loadDemo({ clock });
  const gate: SessionGate = {
    current: () => ({ state: uc.session.state(), caller: uc.session.activeStaff() }),
    touch: () => uc.session.touch(),
  };
  // Coalesced: a flood of refused calls writes one row per kind and minute, with a count.
  const dispatch: Dispatch = createDispatch(handlersFor(uc, demo, () => dispatch), gate, deps.log, (call) =>
    uc.denials.record({
      method: call.key,
      code: call.code,
      staffId: call.caller?.staffId ?? uc.session.holder()?.staffId ?? null,
      origin: call.transport,
    }),
  );
  return { dispatch, useCases: uc, close };
}
