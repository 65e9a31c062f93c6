import type { AuditEvent } from '../../../../shared/domain/audit-kinds';
import type { Clock } from '../../core/ports';
import type { ChainMac } from '../../db/chain-mac';
import type { Database } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit.repo';

export type AuditPorts = { readonly db: Database; readonly mac: ChainMac; readonly clock: Clock };
export type RecordAudit = (event: AuditEvent) => Promise<void>;

/** An audit event on its own, in its own transaction (e.g. a refused call). */
export function recordAudit(ports: AuditPorts): RecordAudit {
  return async (event) => {
    await ports.db.tx.write((tx) => appendAudit(tx, ports.mac, event, ports.clock.nowMs()));
  };
}
