import { newId } from '../../../../shared/domain/ids';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { afterFailure, isLockedOut } from '../../core/staff/lockout-policy';
import type { StaffRecord } from '../../db/repositories/staff.repo';
import type { MethodKey } from '../../../../shared/ipc/contract';
import type { CallContext, Transport } from '../call-context';
import type { AppContext } from './app-context';
import type { Handler, Handlers } from './handler-types';
import { secretProblem, sessionView, staffView } from './staff-view';

type StaffKeys = 'staff.signIn' | 'staff.unlock' | 'staff.signOut' | 'staff.session' | 'staff.lock' |
  'staff.list' | 'staff.create' | 'staff.setRole';

export function lockedError(until: number): Result<never> {
  return err('account_locked', `too many failed attempts; locked until ${until}`);
}

/**
 * Checks a staff member's secret, counting failures and locking the account at the policy's
 * limit. Every outcome is audited in the journal. Used by sign-in, unlock and approvals.
 */
export async function checkSecret(
  app: AppContext, staff: StaffRecord | undefined, secret: string, origin: Transport, subject: string,
): Promise<Result<StaffRecord>> {
  const nowMs = app.clock.nowMs();
  if (!staff || staff.disabled) {
    // Same scrypt cost as a real check, so response time does not tell which staff codes exist.
    await app.hasher.hash('unknown-staff', secret);
    await app.staff.recordAudit({ kind: 'audit.signInFailed', staffId: null, subject, detail: 'unknown or disabled', origin });
    return err('bad_credentials', 'staff code or secret is wrong');
  }
  const matched = await app.hasher.matches(staff.id, secret, staff.secret);
  // Decided on the counters as they are inside the write transaction, not as read before scrypt:
  // concurrent attempts must not all start from the same count, nor pass a lock set meanwhile.
  const outcome = await app.staff.recordAttempt(staff.id, (current) => {
    if (isLockedOut(current, nowMs) && current.lockedUntilMs !== null) {
      return {
        state: null, result: lockedError(current.lockedUntilMs),
        audits: [{ kind: 'audit.signInFailed' as const, staffId: staff.id, subject, detail: 'locked', origin }],
      };
    }
    if (matched) {
      return {
        state: { failedAttempts: 0, lockedUntilMs: null, signedIn: true }, result: ok(staff),
        audits: [{ kind: 'audit.signIn' as const, staffId: staff.id, subject, detail: 'ok', origin }],
      };
    }
    const next = afterFailure(current, app.lockout, nowMs);
    const left = app.lockout.maxFailedAttempts - next.failedAttempts;
    return {
      state: { failedAttempts: next.failedAttempts, lockedUntilMs: next.lockedUntilMs, signedIn: false },
      result: next.lockedNow && next.lockedUntilMs !== null
        ? lockedError(next.lockedUntilMs)
        : err('bad_credentials', `staff code or secret is wrong; ${left} attempts left`),
      audits: [
        { kind: 'audit.signInFailed' as const, staffId: staff.id, subject, detail: `attempt ${next.failedAttempts}`, origin },
        ...(next.lockedNow ? [{ kind: 'audit.lockout' as const, staffId: staff.id, subject, detail: String(next.lockedUntilMs), origin }] : []),
      ],
    };
  });
  return outcome.result;
}

/** A refusal past the role gate (e.g. a manager creating an owner), audited like the gate's own. */
async function denied(app: AppContext, ctx: CallContext, key: MethodKey, message: string): Promise<Result<never>> {
  await app.staff.recordAudit({
    kind: 'audit.accessDenied', staffId: ctx.caller?.staffId ?? null, subject: key, detail: `forbidden: ${message}`, origin: ctx.transport,
  });
  return err('forbidden', message);
}

export function staffHandlers(app: AppContext): Pick<Handlers, StaffKeys> {
  const signIn: Handler<'staff.signIn'> = async (input, ctx) => {
    const staff = await app.staff.findByCode(input.staffCode);
    const checked = await checkSecret(app, staff, input.secret, ctx.transport, input.staffCode);
    if (!checked.ok) return checked;
    app.session.signIn({ staffId: checked.value.id, role: checked.value.role, displayName: checked.value.displayName });
    app.events.emit('session.changed', { state: 'active' });
    return ok(sessionView(app));
  };
  const unlock: Handler<'staff.unlock'> = async (input, ctx) => {
    const holder = app.session.holder();
    if (!holder || app.session.state() !== 'locked') return err('unauthenticated', 'no locked session');
    const checked = await checkSecret(app, await app.staff.findById(holder.staffId), input.secret, ctx.transport, 'unlock');
    if (!checked.ok) {
      if (checked.error.code === 'account_locked') app.session.signOut();
      return checked;
    }
    app.session.unlock();
    app.events.emit('session.changed', { state: 'active' });
    return ok(sessionView(app));
  };
  return {
    'staff.signIn': signIn,
    'staff.unlock': unlock,
    'staff.signOut': async (_input, ctx) => {
      const holder = app.session.holder();
      if (holder) {
        await app.staff.recordAudit({ kind: 'audit.signOut', staffId: holder.staffId, subject: '', detail: '', origin: ctx.transport });
      }
      app.session.signOut();
      return ok(sessionView(app));
    },
    'staff.session': async () => ok(sessionView(app)),
    'staff.lock': async () => {
      app.session.lock('manual');
      return ok(sessionView(app));
    },
    'staff.list': async () => ok((await app.staff.list()).map(staffView)),
    'staff.create': async (input, ctx) => {
      const problem = secretProblem(input.secretKind, input.secret);
      if (problem) return err('invalid_input', `secret: ${problem}`);
      if (input.role === 'owner' && ctx.caller?.role !== 'owner') return denied(app, ctx, 'staff.create', 'only an owner can create an owner');
      const id = newId();
      const secret = await app.hasher.hash(id, input.secret);
      const created = await app.staff.create(
        { id, staffCode: input.staffCode, displayName: input.displayName, role: input.role, secretKind: input.secretKind, secret },
        { kind: 'audit.staffCreated', staffId: ctx.caller?.staffId ?? null, subject: id, detail: input.role, origin: ctx.transport },
      );
      if (created === 'code_taken') return err('invalid_input', 'staffCode: this staff code is taken');
      const record = await app.staff.findById(id);
      return record ? ok(staffView(record)) : err('internal', 'staff member vanished');
    },
    'staff.setRole': async (input, ctx) => {
      if (input.targetStaffId === ctx.caller?.staffId) return denied(app, ctx, 'staff.setRole', 'you cannot change your own role');
      const changed = await app.staff.setRole(input.targetStaffId, input.role, {
        kind: 'audit.roleChanged', staffId: ctx.caller?.staffId ?? null, subject: input.targetStaffId, detail: input.role, origin: ctx.transport,
      });
      const record = changed ? await app.staff.findById(input.targetStaffId) : undefined;
      return record ? ok(staffView(record)) : err('not_found', 'no such staff member');
    },
  };
}
