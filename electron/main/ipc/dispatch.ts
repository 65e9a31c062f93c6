import { randomUUID } from 'node:crypto';
import { contract, isMethodKey, type MethodKey } from '../../../shared/ipc/contract';
import { roleSatisfies } from '../../../shared/ipc/method';
import { err, type Result } from '../../../shared/domain/result';
import type { CallContext, CallEffects, Caller, Transport } from './call-context';
import type { Handler, Handlers } from './handlers/handler-types';
import { payloadShapeProblem } from './payload-shape';
import type { SessionState } from '../../../shared/domain/session-state';

/** What dispatch needs to know about the session; implemented by the staff session service. */
export type SessionGate = {
  /** Locks an idle session first, then reports the state and the caller if active. */
  current(): { readonly state: SessionState; readonly caller: Caller | null };
  /** Records activity, so the idle lock counts from the last real call. */
  touch(): void;
};

const INVALID_MESSAGE_CHARS_MAX = 200;

export type Logger = { error(message: string, detail: Record<string, unknown>): void };

/** A call refused by the session or role check: an invalid logical access attempt (PCI DSS 10.2.1.4). */
export type DeniedCall = {
  readonly key: MethodKey;
  readonly code: 'unauthenticated' | 'session_locked' | 'forbidden';
  readonly caller: Caller | null;
  readonly transport: Transport;
};

/** Records a refused call in the audit trail; dispatch waits for it and logs if it fails. */
export type DeniedAudit = (call: DeniedCall) => Promise<void>;

export type Dispatch = (key: string, input: unknown, transport: Transport, effects?: CallEffects) => Promise<Result<unknown>>;

/**
 * The one transport-free path of every call, used by the Electron router and the web host alike:
 * known key → bounded walk → strict schema → session and role → handler → Result. Nothing throws
 * across it: a handler's exception becomes `internal` with a correlation id in the log only.
 */
export function createDispatch(handlers: Handlers, session: SessionGate, log: Logger, audit?: DeniedAudit): Dispatch {
  const deny = async (key: MethodKey, code: DeniedCall['code'], message: string, caller: Caller | null, transport: Transport) => {
    try {
      await audit?.({ key, code, caller, transport });
    } catch (error) {
      log.error('audit of a refused call failed', { method: key, code, error: error instanceof Error ? error.message : String(error) });
    }
    return err(code, message);
  };
  return async (key, input, transport, effects = {}) => {
    if (!isMethodKey(key)) return err('not_found', 'unknown call');
    const shape = payloadShapeProblem(input);
    if (shape) return err('invalid_input', shape);
    const spec = contract[key];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.map(String).join('.') || '(input)';
      // Bounded: zod names unknown keys in its message, and a key can be 64 K characters long.
      return err('invalid_input', `${path}: ${issue?.message ?? 'invalid'}`.slice(0, INVALID_MESSAGE_CHARS_MAX));
    }
    const { state, caller } = session.current();
    if (spec.access !== 'public') {
      if (state === 'locked') return deny(key, 'session_locked', 'the session is locked', caller, transport);
      if (!caller) return deny(key, 'unauthenticated', 'sign in first', caller, transport);
      if (!roleSatisfies(caller.role, spec.access)) return deny(key, 'forbidden', 'your role may not do this', caller, transport);
    }
    // Only calls that need the session count as activity: a status poll (system.status,
    // staff.session, settings.public) must not hold the idle lock off for ever (PCI DSS 8.2.8).
    if (caller && spec.access !== 'public') session.touch();
    const ctx: CallContext = { caller, transport, correlationId: randomUUID(), effects };
    return runHandler(key, handlers[key] as Handler<MethodKey>, parsed.data, ctx, log);
  };
}

async function runHandler(
  key: MethodKey,
  handler: Handler<MethodKey>,
  input: unknown,
  ctx: CallContext,
  log: Logger,
): Promise<Result<unknown>> {
  try {
    return await handler(input as never, ctx);
  } catch (error) {
    log.error('handler failed', {
      method: key,
      correlationId: ctx.correlationId,
      error: error instanceof Error ? error.stack ?? error.message : String(error),
    });
    return err('internal', `something went wrong (ref ${ctx.correlationId.slice(0, 8)})`);
  }
}
