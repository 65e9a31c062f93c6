import { AUDIT_DETAILS, type AuditEvent } from '../../../../shared/domain/audit-kinds';
import { uuidToBytes } from '../../../../shared/domain/ids';
import { encodePayload } from '../../core/journal/payload-encoders';
import type { ChainMac } from '../chain-mac';
import { int } from '../sql-value';
import type { WriteTx } from '../tx';
import { appendJournal } from './journal.repo';

/**
 * Audit events (PCI DSS 10.2): the typed detail in `audit`, chained through a journal entry whose
 * payload binds kind, staff, detail, origin and time. The detail is parsed with its kind's schema
 * first, so what is stored is exactly what the schema says, keys in schema order.
 */
export async function appendAudit(tx: WriteTx, mac: ChainMac, event: AuditEvent, atMs: number): Promise<number> {
  const detail = AUDIT_DETAILS[event.kind].parse(event.detail);
  const detailJson = JSON.stringify(detail);
  const payload = encodePayload(event.kind, {
    kind: event.kind, staffId: event.staffId, detailJson, origin: event.origin, atMs, version: 2,
  });
  const refId = event.staffId ? uuidToBytes(event.staffId) : null;
  const seq = await appendJournal(tx, mac, { kind: event.kind, refId, actorId: null, requestHash: null, deviceTsMs: atMs, payload });
  await tx.run('INSERT INTO audit (seq, origin, detail) VALUES (?, ?, ?)', [int(seq), event.origin, detailJson]);
  return seq;
}
