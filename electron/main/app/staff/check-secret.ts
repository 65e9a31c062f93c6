import type { AuditEvent } from '../../../../shared/domain/audit-kinds';
import { err, type Result } from '../../../../shared/domain/result';
import type { AttemptBuckets } from '../../core/staff/attempt-bucket';
import { afterFailure, isLockedOut, type LockoutPolicy } from '../../core/staff/lockout-policy';
import { appendAudit } from '../../db/repositories/audit.repo';
import { readAttemptCounters, writeAttemptCounters, type StaffRecord } from '../../db/repositories/staff.repo';
import type { StaffSecretHasher } from '../../db/staff-secret';
import type { DenialAudit } from '../audit/denial-audit';
import type { AuditPorts } from '../audit/record-audit';
import type { CodeDigest } from './code-digest';
import type { HashingSlots } from './hashing-slots';

export type CheckSecretPorts = AuditPorts & {
  readonly hasher: StaffSecretHasher;
  readonly lockout: LockoutPolicy;
  /** Keyed digest of a typed code that matched nobody: the audit never stores the typed text. */
  readonly codeDigest: CodeDigest;
  /** Per-origin attempt buckets, taken before any hashing. */
  readonly attempts: AttemptBuckets;
  /** Bounds concurrent scrypt runs, so the database keeps threads of libuv's pool. */
  readonly hashing: HashingSlots;
  readonly denials: DenialAudit;
};

/** What the secret is being checked for; each is audited as what it is. */
export type SecretPurpose =
  | { readonly kind: 'signIn' }
  | { readonly kind: 'unlock' }
  | { readonly kind: 'approval'; readonly action: string; readonly subject: string };

export type CheckRequest = {
  /** Looks the staff member up; runs only once the attempt is allowed. */
  readonly find: () => Promise<StaffRecord | undefined>;
  /** The staff code as typed, when one was typed (not for unlock). */
  readonly typedCode: string | null;
  readonly secret: string;
  readonly origin: string;
  readonly purpose: SecretPurpose;
};

export type CheckOutcome =
  | { readonly ok: true; readonly staff: StaffRecord }
  | { readonly ok: false; readonly reason: 'rate_limited' | 'unknown_or_disabled' }
  | { readonly ok: false; readonly reason: 'locked'; readonly lockedUntilMs: number }
  | { readonly ok: false; readonly reason: 'wrong_secret'; readonly attemptsLeft: number };

export type CheckSecret = (request: CheckRequest) => Promise<CheckOutcome>;

const METHOD_OF: Readonly<Record<SecretPurpose['kind'], string>> = { signIn: 'staff.signIn', unlock: 'staff.unlock', approval: 'approval.grant' };

export function lockedError(until: number): Result<never> {
  return err('account_locked', `too many failed attempts; locked until ${until}`);
}

/**
 * The reply when the person is not yet identified (sign-in, an approver's code): one answer for
 * an unknown code, a wrong secret, a disabled and a locked account, so nothing tells whether a
 * code exists, nor (while locked) whether a guess was right (docs/security.md §7.3).
 */
export function anonymousReply(outcome: Exclude<CheckOutcome, { ok: true }>): Result<never> {
  return outcome.reason === 'rate_limited'
    ? err('rate_limited', 'too many attempts from here; wait a minute and try again')
    : err('bad_credentials', 'staff code or secret is wrong');
}

/** The reply to the holder of a locked session, who is identified already: it may say more. */
export function holderReply(outcome: Exclude<CheckOutcome, { ok: true }>): Result<never> {
  if (outcome.reason === 'locked') return lockedError(outcome.lockedUntilMs);
  if (outcome.reason === 'wrong_secret') return err('bad_credentials', `secret is wrong; ${outcome.attemptsLeft} attempts left`);
  return anonymousReply(outcome);
}

function failedEvent(purpose: SecretPurpose, staffId: string | null, origin: string,
  detail: { reason: 'unknown_or_disabled' | 'locked' | 'wrong_secret'; attempt: number | null; codeHash?: string }): AuditEvent {
  return purpose.kind === 'approval'
    ? { kind: 'audit.approvalCheckFailed', staffId, origin, detail: { action: purpose.action, subject: purpose.subject, ...detail } }
    : { kind: 'audit.signInFailed', staffId, origin, detail: { context: purpose.kind, ...detail } };
}

function contextOf(purpose: SecretPurpose): string {
  return purpose.kind === 'approval' ? `approval ${purpose.action}` : purpose.kind;
}

/**
 * Checks a staff member's secret. Attempts are limited per origin before anything else runs
 * (scrypt included); failures are counted and lock the account at the policy's limit. The
 * counters are decided as they are inside the write transaction, not as read before scrypt:
 * concurrent attempts must not all start from the same count, nor pass a lock set meanwhile.
 * Every outcome is audited as what it was for: a sign-in or unlock as `audit.signIn` /
 * `audit.signInFailed`, an approver's check as `audit.approvalCheckFailed` (a passed one is
 * audited by the approval itself, and is not a sign-in: it resets no counter).
 */
export function checkSecret(ports: CheckSecretPorts): CheckSecret {
  return async ({ find, typedCode, secret, origin, purpose }) => {
    if (!ports.attempts.take(origin)) {
      await ports.denials.record({ method: METHOD_OF[purpose.kind], code: 'rate_limited', staffId: null, origin });
      return { ok: false, reason: 'rate_limited' };
    }
    const staff = await find();
    const nowMs = ports.clock.nowMs();
    if (!staff || staff.disabled) {
      // Same scrypt cost as a real check, so response time does not tell which staff codes exist.
      await ports.hashing(() => ports.hasher.hash('unknown-staff', secret));
      const codeHash = !staff && typedCode !== null ? { codeHash: ports.codeDigest(typedCode) } : {};
      await ports.db.tx.write((tx) => appendAudit(tx, ports.mac,
        failedEvent(purpose, staff?.id ?? null, origin, { reason: 'unknown_or_disabled', attempt: null, ...codeHash }), nowMs));
      return { ok: false, reason: 'unknown_or_disabled' };
    }
    const matched = await ports.hashing(() => ports.hasher.matches(staff.id, secret, staff.secret));
    return ports.db.tx.write(async (tx): Promise<CheckOutcome> => {
      const current = await readAttemptCounters(tx, staff.id);
      const audit = (event: AuditEvent) => appendAudit(tx, ports.mac, event, nowMs);
      if (isLockedOut(current, nowMs) && current.lockedUntilMs !== null) {
        await audit(failedEvent(purpose, staff.id, origin, { reason: 'locked', attempt: null }));
        return { ok: false, reason: 'locked', lockedUntilMs: current.lockedUntilMs };
      }
      if (matched) {
        if (purpose.kind !== 'approval') {
          await writeAttemptCounters(tx, ports.mac, staff.id, { failedAttempts: 0, lockedUntilMs: null, signedIn: true }, nowMs);
          await audit({ kind: 'audit.signIn', staffId: staff.id, detail: { context: purpose.kind }, origin });
        }
        return { ok: true, staff };
      }
      const next = afterFailure(current, ports.lockout, nowMs);
      await writeAttemptCounters(tx, ports.mac, staff.id, { failedAttempts: next.failedAttempts, lockedUntilMs: next.lockedUntilMs, signedIn: false }, nowMs);
      // The attempt's own number (the tenth is 10), not the counter after it (0 once locked).
      await audit(failedEvent(purpose, staff.id, origin, { reason: 'wrong_secret', attempt: current.failedAttempts + 1 }));
      if (next.lockedNow && next.lockedUntilMs !== null) {
        await audit({ kind: 'audit.lockout', staffId: staff.id, detail: { context: contextOf(purpose), lockedUntilMs: next.lockedUntilMs }, origin });
        return { ok: false, reason: 'locked', lockedUntilMs: next.lockedUntilMs };
      }
      return { ok: false, reason: 'wrong_secret', attemptsLeft: ports.lockout.maxFailedAttempts - next.failedAttempts };
    });
  };
}
