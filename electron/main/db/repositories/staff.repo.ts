import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Role } from '../../../../shared/domain/roles';
import type { ChainMac } from '../chain-mac';
import type { Row } from '../driver';
import type { SecretHash } from '../staff-secret';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';
import { chainStaffState } from './state.repo';

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

export type NewStaff = Omit<StaffRecord, 'failedAttempts' | 'lockedUntilMs' | 'disabled'>;

export type AttemptCounters = { readonly failedAttempts: number; readonly lockedUntilMs: number | null };

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

export async function findStaffByCode(tx: ReadTx, staffCode: string): Promise<StaffRecord | undefined> {
  const row = await tx.get(`SELECT ${COLUMNS} FROM staff WHERE staff_code = ?`, [staffCode]);
  return row ? fromRow(row) : undefined;
}

export async function findStaffById(tx: ReadTx, id: string): Promise<StaffRecord | undefined> {
  const row = await tx.get(`SELECT ${COLUMNS} FROM staff WHERE id = ?`, [uuidToBytes(id)]);
  return row ? fromRow(row) : undefined;
}

export async function listStaff(tx: ReadTx): Promise<StaffRecord[]> {
  return (await tx.all(`SELECT ${COLUMNS} FROM staff ORDER BY display_name`)).map(fromRow);
}

/**
 * Every write below chains the staff member's new state in the same transaction (state.repo):
 * verify rebuilds the table from those entries, so a role, lockout or secret changed outside
 * these functions is named.
 */

/** Inserts a staff member unless the code is taken (codes are unique without regard to case). */
export async function insertStaff(tx: WriteTx, mac: ChainMac, staff: NewStaff, nowMs: number): Promise<'created' | 'code_taken'> {
  const taken = await tx.get('SELECT 1 FROM staff WHERE staff_code = ?', [staff.staffCode]);
  if (taken) return 'code_taken';
  await tx.run(
    `INSERT INTO staff (id, staff_code, display_name, role, secret_kind, secret_salt, secret_hash, secret_params, created_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [uuidToBytes(staff.id), staff.staffCode, staff.displayName, staff.role, staff.secretKind,
      staff.secret.salt, staff.secret.hash, staff.secret.params, int(nowMs)],
  );
  await chainStaffState(tx, mac, staff.id, nowMs);
  return 'created';
}

export async function readAttemptCounters(tx: ReadTx, staffId: string): Promise<AttemptCounters> {
  const row = await tx.get('SELECT failed_attempts, locked_until_ms FROM staff WHERE id = ?', [uuidToBytes(staffId)]);
  const locked = row?.['locked_until_ms'];
  return { failedAttempts: row ? readInt(row, 'failed_attempts') : 0, lockedUntilMs: typeof locked === 'number' ? locked : null };
}

export async function writeAttemptCounters(
  tx: WriteTx, mac: ChainMac, staffId: string, counters: AttemptCounters & { readonly signedIn: boolean }, nowMs: number,
): Promise<void> {
  await tx.run(
    `UPDATE staff SET failed_attempts = ?, locked_until_ms = ?,
       last_sign_in_at_ms = CASE WHEN ? THEN ? ELSE last_sign_in_at_ms END WHERE id = ?`,
    [int(counters.failedAttempts), counters.lockedUntilMs === null ? null : int(counters.lockedUntilMs),
      counters.signedIn ? 1 : 0, int(nowMs), uuidToBytes(staffId)],
  );
  await chainStaffState(tx, mac, staffId, nowMs);
}

export async function updateRole(tx: WriteTx, mac: ChainMac, staffId: string, role: Role, nowMs: number): Promise<boolean> {
  if ((await tx.run('UPDATE staff SET role = ? WHERE id = ?', [role, uuidToBytes(staffId)])).changes === 0) return false;
  await chainStaffState(tx, mac, staffId, nowMs);
  return true;
}

/** Sets or clears `disabled`; false when no such staff member. */
export async function updateDisabled(tx: WriteTx, mac: ChainMac, staffId: string, disabled: boolean, nowMs: number): Promise<boolean> {
  if ((await tx.run('UPDATE staff SET disabled = ? WHERE id = ?', [disabled ? 1 : 0, uuidToBytes(staffId)])).changes === 0) return false;
  await chainStaffState(tx, mac, staffId, nowMs);
  return true;
}

/** How many owners are enabled, leaving out `exceptId`: disabling the last one would shut the shop out. */
export async function countEnabledOwners(tx: ReadTx, exceptId: string): Promise<number> {
  const row = await tx.get("SELECT count(*) AS n FROM staff WHERE role = 'owner' AND disabled = 0 AND id <> ?", [uuidToBytes(exceptId)]);
  return row ? readInt(row, 'n') : 0;
}

/** Replaces the secret (and its kind) and clears the lockout counters; false when no such staff member. */
export async function replaceSecret(
  tx: WriteTx, mac: ChainMac, staffId: string, secretKind: 'pin' | 'password', secret: SecretHash, nowMs: number,
): Promise<boolean> {
  const changed = await tx.run(
    `UPDATE staff SET secret_kind = ?, secret_salt = ?, secret_hash = ?, secret_params = ?,
       failed_attempts = 0, locked_until_ms = NULL WHERE id = ?`,
    [secretKind, secret.salt, secret.hash, secret.params, uuidToBytes(staffId)],
  );
  if (changed.changes === 0) return false;
  await chainStaffState(tx, mac, staffId, nowMs);
  return true;
}
