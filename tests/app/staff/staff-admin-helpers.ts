import type { Caller } from '../../../electron/main/core/staff/caller';
import { bytesToUuid } from '../../../shared/domain/ids';
import type { StaffSeed, TestApp } from '../../support/test-app';

export type AuditRow = { kind: string; staffId: string | null; detail: Record<string, unknown> };

/** The audit rows written after `seq`, oldest first, with who they are by and their detail. */
export async function auditAfter(t: TestApp, seq: number): Promise<AuditRow[]> {
  const rows = await t.db.tx.read((tx) => tx.all(
    'SELECT j.kind, j.ref_id, a.detail FROM audit a JOIN journal j ON j.seq = a.seq WHERE a.seq > ? ORDER BY a.seq', [seq],
  ));
  return rows.map((r) => ({
    kind: String(r['kind']),
    staffId: r['ref_id'] instanceof Uint8Array ? bytesToUuid(r['ref_id']) : null,
    detail: JSON.parse(String(r['detail'])) as Record<string, unknown>,
  }));
}

/** A seeded staff member as the caller of a use case driven directly (not through the session). */
export const callerOf = (who: StaffSeed): Caller => ({ staffId: who.id, role: who.role, displayName: who.staffCode });
