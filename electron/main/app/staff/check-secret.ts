import type { AuditEvent } from '../../../../shared/domain/audit-kinds';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { afterFailure, isLockedOut, type LockoutPolicy } from '../../core/staff/lockout-policy';
import { appendAudit } from '../../db/repositories/audit.repo';
import { readAttemptCounters, writeAttemptCounters, type StaffRecord } from '../../db/repositories/staff.repo';
import type { StaffSecretHasher } from '../../db/staff-secret';
import type { AuditPorts } from '../audit/record-audit';

export type CheckSecretPorts = AuditPorts & { readonly hasher: StaffSecretHasher; readonly lockout: LockoutPolicy };

/** Checks a staff member's secret for `context` (sign-in, unlock, an approval). */
export type CheckSecret = (staff: StaffRecord | undefined, secret: string, origin: string, context: string) => Promise<Result<StaffRecord>>;

export function lockedError(until: number): Result<never> {
  return err('account_locked', `too many failed attempts; locked until ${until}`);
}

/**
 * Counts failures and locks the account at the policy's limit; every outcome is audited in the
 * journal. The counters are decided as they are inside the write transaction, not as read before
 * scrypt: concurrent attempts must not all start from the same count, nor pass a lock set meanwhile.
 */
export function checkSecret(ports: CheckSecretPorts): CheckSecret {
  return async (staff, secret, origin, context) => {
    const nowMs = ports.clock.nowMs();
    if (!staff || staff.disabled) {
      // Same scrypt cost as a real check, so response time does not tell which staff codes exist.
      await ports.hasher.hash('unknown-staff', secret);
      await ports.db.tx.write((tx) => appendAudit(tx, ports.mac, {
        kind: 'audit.signInFailed', staffId: null, detail: { context, reason: 'unknown_or_disabled', attempt: null }, origin,
      }, nowMs));
      return err('bad_credentials', 'staff code or secret is wrong');
    }
    const matched = await ports.hasher.matches(staff.id, secret, staff.secret);
    return ports.db.tx.write(async (tx) => {
      const current = await readAttemptCounters(tx, staff.id);
      const audit = (event: AuditEvent) => appendAudit(tx, ports.mac, event, nowMs);
      if (isLockedOut(current, nowMs) && current.lockedUntilMs !== null) {
        await audit({ kind: 'audit.signInFailed', staffId: staff.id, detail: { context, reason: 'locked', attempt: null }, origin });
        return lockedError(current.lockedUntilMs);
      }
      if (matched) {
        await writeAttemptCounters(tx, ports.mac, staff.id, { failedAttempts: 0, lockedUntilMs: null, signedIn: true }, nowMs);
        await audit({ kind: 'audit.signIn', staffId: staff.id, detail: { context }, origin });
        return ok(staff);
      }
      const next = afterFailure(current, ports.lockout, nowMs);
      await writeAttemptCounters(tx, ports.mac, staff.id, { failedAttempts: next.failedAttempts, lockedUntilMs: next.lockedUntilMs, signedIn: false }, nowMs);
      await audit({ kind: 'audit.signInFailed', staffId: staff.id, detail: { context, reason: 'wrong_secret', attempt: current.failedAttempts + 1 }, origin });
      if (next.lockedNow && next.lockedUntilMs !== null) {
        await audit({ kind: 'audit.lockout', staffId: staff.id, detail: { context, lockedUntilMs: next.lockedUntilMs }, origin });
        return lockedError(next.lockedUntilMs);
      }
      const left = ports.lockout.maxFailedAttempts - next.failedAttempts;
      return err('bad_credentials', `staff code or secret is wrong; ${left} attempts left`);
    });
  };
}
