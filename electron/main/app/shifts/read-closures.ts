import { ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { listClosures } from '../../db/repositories/period-closure.repo';
import { closureView, nextClosure } from './closure-plan';
import type { ShiftPorts } from './shift-ports';

export type Closures = (input: Input<'shifts.closures'>) => Promise<Result<Output<'shifts.closures'>>>;

const PAGE_DEFAULT = 12;

/** The terminal's closures of a kind, newest first, and the period it closes next; one read snapshot. */
export function closures(ports: Pick<ShiftPorts, 'db' | 'terminalId' | 'clock' | 'timeZone'>): Closures {
  return async (input) => ports.db.tx.read(async (tx) => {
    const limit = input.limit ?? PAGE_DEFAULT;
    const rows = await listClosures(tx, ports.terminalId, input.kind, input.beforeNumber, limit);
    const next = await nextClosure(tx, ports.terminalId, input.kind, ports.clock.nowMs(), ports.timeZone());
    const last = rows[rows.length - 1];
    return ok({
      closures: rows.map(closureView),
      more: rows.length === limit && last && last.number > 1 ? last.number : null,
      next: next ? { period: next.period, ready: next.ready, waitingFor: next.waitingFor } : null,
    });
  });
}
