import { canonicalBytes } from '../../../../shared/domain/canonical';
import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Role } from '../../../../shared/domain/roles';
import type { ChainMac } from '../chain-mac';
import type { Database } from '../connection';
import type { Row } from '../driver';
import type { SecretHash } from '../staff-secret';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { WriteTx } from '../tx';
import { appendJournal } from './journal.repo';

export type StaffRecord = {
  readonly id: string;
  readonly staffCode: string;
  readonly displayName: string;
  readonly role: Role;
  readonly secretKind: 'pin' | 'password';
  readonly secret: SecretHash;
  readonly failedAttempts: number;
  readonly lockedUntilMs: number | null;
  readonly disabled: boolean;
};

/** An audit event, chained in the journal like every money movement (PCI DSS 10.2). */
export type AuditEvent = {
  readonly kind:
    | 'audit.setup' | 'audit.signIn' | 'audit.signInFailed' | 'audit.lockout' | 'audit.unlock'
    | 'audit.signOut' | 'audit.staffCreated' | 'audit.roleChanged' | 'audit.approvalGranted'
    | 'audit.settingsChanged' | 'audit.accessDenied' | 'audit.approvalRefused' | 'audit.approvalUsed';
  readonly staffId: string | null;
  readonly subject: string;
  readonly detail: string;
  readonly origin: string;
};

const COLUMNS = `id, staff_code, display_name, role, secret_kind, secret_salt, secret_hash, secret_params,
  failed_attempts, locked_until_ms, disabled`;

function fromRow(row: Row): StaffRecord {
  const locked = row['locked_until_ms'];
  return {
    id: bytesToUuid(readBytes(row, 'id')),
    staffCode: readText(row, 'staff_code'),
    displayName: readText(row, 'display_name'),
    role: readText(row, 'role') as Role,
    secretKind: readText(row, 'secret_kind') as 'pin' | 'password',
    secret: { salt: readBytes(row, 'secret_salt'), hash: readBytes(row, 'secret_hash'), params: readText(row, 'secret_params') },
    failedAttempts: readInt(row, 'failed_attempts'),
    lockedUntilMs: typeof locked === 'number' ? locked : null,
    disabled: readInt(row, 'disabled') === 1,
  };
}

export type AttemptCounters = { readonly failedAttempts: number; readonly lockedUntilMs: number | null };

/** What one sign-in attempt does to the row (`state`, or nothing) and the audit rows it leaves. */
export type AttemptOutcome = {
  readonly state: (AttemptCounters & { readonly signedIn: boolean }) | null;
  readonly audits: readonly AuditEvent[];
};

export type NewStaff = Omit<StaffRecord, 'failedAttempts' | 'lockedUntilMs' | 'disabled'>;

/** Staff rows and the audit trail of everything that happens to them. */
export class StaffRepo {
  constructor(private readonly db: Database, private readonly mac: ChainMac, private readonly nowMs: () => number) {}

  async count(): Promise<number> {
    const row = await this.db.tx.read((tx) => tx.get('SELECT count(*) AS n FROM staff'));
    return row ? readInt(row, 'n') : 0;
  }

  findByCode(staffCode: string): Promise<StaffRecord | undefined> {
    return this.db.tx.read(async (tx) => {
      const row = await tx.get(`SELECT ${COLUMNS} FROM staff WHERE staff_code = ?`, [staffCode]);
      return row ? fromRow(row) : undefined;
    });
  }

  findById(id: string): Promise<StaffRecord | undefined> {
    return this.db.tx.read(async (tx) => {
      const row = await tx.get(`SELECT ${COLUMNS} FROM staff WHERE id = ?`, [uuidToBytes(id)]);
      return row ? fromRow(row) : undefined;
    });
  }

  list(): Promise<StaffRecord[]> {
    return this.db.tx.read(async (tx) => (await tx.all(`SELECT ${COLUMNS} FROM staff ORDER BY display_name`)).map(fromRow));
  }

  /** Inserts a staff member with its audit row; `extra` runs in the same transaction (setup). */
  create(staff: NewStaff, audit: AuditEvent, extra?: (tx: WriteTx) => Promise<void>): Promise<'created' | 'code_taken'> {
    return this.db.tx.write(async (tx) => {
      const taken = await tx.get('SELECT 1 FROM staff WHERE staff_code = ?', [staff.staffCode]);
      if (taken) return 'code_taken';
      await tx.run(
        `INSERT INTO staff (id, staff_code, display_name, role, secret_kind, secret_salt, secret_hash, secret_params, created_at_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [uuidToBytes(staff.id), staff.staffCode, staff.displayName, staff.role, staff.secretKind,
          staff.secret.salt, staff.secret.hash, staff.secret.params, int(this.nowMs())],
      );
      if (extra) await extra(tx);
      await this.audit(tx, audit);
      return 'created';
    });
  }

  /**
   * The failure counter and lock change in the same transaction as the audit rows. `decide` sees
   * the counters as they are inside that transaction, so concurrent attempts (scrypt runs off the
   * queue) cannot all start from the same stale count and race past the lockout.
   */
  recordAttempt<T extends AttemptOutcome>(staffId: string, decide: (current: AttemptCounters) => T): Promise<T> {
    return this.db.tx.write(async (tx) => {
      const id = uuidToBytes(staffId);
      const row = await tx.get('SELECT failed_attempts, locked_until_ms FROM staff WHERE id = ?', [id]);
      const locked = row?.['locked_until_ms'];
      const outcome = decide({
        failedAttempts: row ? readInt(row, 'failed_attempts') : 0,
        lockedUntilMs: typeof locked === 'number' ? locked : null,
      });
      if (outcome.state) {
        await tx.run(
          `UPDATE staff SET failed_attempts = ?, locked_until_ms = ?,
             last_sign_in_at_ms = CASE WHEN ? THEN ? ELSE last_sign_in_at_ms END WHERE id = ?`,
          [int(outcome.state.failedAttempts), outcome.state.lockedUntilMs === null ? null : int(outcome.state.lockedUntilMs),
            outcome.state.signedIn ? 1 : 0, int(this.nowMs()), id],
        );
      }
      for (const audit of outcome.audits) await this.audit(tx, audit);
      return outcome;
    });
  }

  setRole(staffId: string, role: Role, audit: AuditEvent): Promise<boolean> {
    return this.db.tx.write(async (tx) => {
      const changed = await tx.run('UPDATE staff SET role = ? WHERE id = ?', [role, uuidToBytes(staffId)]);
      if (changed.changes === 0) return false;
      await this.audit(tx, audit);
      return true;
    });
  }

  /** An audit row on its own (e.g. a failed sign-in for an unknown staff code). */
  recordAudit(audit: AuditEvent): Promise<void> {
    return this.db.tx.write((tx) => this.audit(tx, audit).then(() => undefined));
  }

  private audit(tx: WriteTx, event: AuditEvent): Promise<number> {
    const nowMs = this.nowMs();
    const payload = canonicalBytes(['audit/1', event.kind, event.staffId, event.subject, event.detail, event.origin, nowMs]);
    const refId = event.staffId ? uuidToBytes(event.staffId) : null;
    return appendJournal(tx, this.mac, { kind: event.kind, refId, payload, deviceTsMs: nowMs });
  }
}
