import { err, ok, type Result } from '../../../../shared/domain/result';
import { isMethodKey } from '../../../../shared/ipc/contract';
import type { Output } from '../../../../shared/ipc/contract';
import { assembleUseCases, type AppDeps } from '../../app/assemble';
import { acceptRollback } from '../../app/ledger/accept-rollback';
import { createDispatch, type Dispatch, type SessionGate } from '../dispatch';
import type { Handler, Handlers } from './handler-types';

type RollbackFinding = NonNullable<AppDeps['dataDir']['rollback']>;

/** The only calls a rolled-back ledger answers: the status (with the finding) and the way forward. */
export const RECOVERY_METHODS = ['system.status', 'anchor.acceptRollback'] as const;
type RecoveryMethod = (typeof RECOVERY_METHODS)[number];

/** Not a sweep interval at all: a rolled-back ledger takes no write until an owner accepted it. */
const NO_SWEEP_MS = 2 ** 31 - 1;

export type RecoveryApp = {
  readonly dispatch: Dispatch;
  close(): Promise<void>;
};

export type RecoveryDeps = AppDeps & {
  /** Called once an owner accepted the database (re-anchored): the host mounts the full app. */
  readonly onAccepted: () => Promise<void>;
};

export function findingView(finding: RollbackFinding): NonNullable<Output<'system.status'>['rollback']> {
  return { reason: finding.reason, headSeq: finding.headSeq, anchorSeq: finding.anchorSeq ?? null };
}

const refused = () =>
  Promise.resolve(err('database_rolled_back', 'the database is older than its chain anchor: an owner must accept it first'));

/**
 * The dispatch a host mounts over a data directory opened with `onRollback: 'report'`
 * (docs/security.md §6.1): the same dispatch path (schema, public access, the sign-in's own
 * secret check and rate limit inside acceptRollback), but every call other than the two above is
 * `database_rolled_back` before its input is even read. After an accepted rollback the reply
 * waits for `onAccepted`, so a client that reloads on success finds the full app mounted.
 */
export async function createRecoveryApp(deps: RecoveryDeps): Promise<RecoveryApp> {
  const { onAccepted, ...appDeps } = deps;
  const { dataDir } = appDeps;
  const { useCases: uc, close } = await assembleUseCases({ ...appDeps, holdSweepMs: NO_SWEEP_MS });
  const accept = acceptRollback({ dataDir, signIn: uc.signIn, session: uc.session, audit: uc.recordAudit, db: dataDir.db });
  const status: Handler<'system.status'> = async () => {
    const finding = dataDir.rollback;
    return ok({ ...(await uc.systemStatus()), ...(finding ? { rollback: findingView(finding) } : {}) });
  };
  const acceptHandler: Handler<'anchor.acceptRollback'> = async (input, ctx) => {
    const accepted = await accept({ ...input, origin: ctx.transport, cause: 'rollback_accepted' });
    if (!accepted.ok) return accepted;
    return ok({ headSeq: accepted.value.headSeq, anchorSeq: accepted.value.anchorSeq });
  };
  const handlers = { 'system.status': status, 'anchor.acceptRollback': acceptHandler } satisfies Pick<Handlers, RecoveryMethod>;
  const gate: SessionGate = {
    current: () => ({ state: uc.session.state(), caller: uc.session.activeStaff() }),
    touch: () => uc.session.touch(),
  };
  const inner = createDispatch(handlers as unknown as Handlers, gate, deps.log);
  const allowed = new Set<string>(RECOVERY_METHODS);
  const dispatch: Dispatch = async (key, input, transport): Promise<Result<unknown>> => {
    if (!isMethodKey(key)) return err('not_found', 'unknown call');
    if (!allowed.has(key)) return refused();
    const reply = await inner(key, input, transport);
    if (key === 'anchor.acceptRollback' && reply.ok) await onAccepted();
    return reply;
  };
  return { dispatch, close };
}
