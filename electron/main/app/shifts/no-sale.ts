import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { findCashMovement, insertCashMovement } from '../../db/repositories/cash-movement.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { openShiftRow } from '../../db/repositories/shift.repo';
import { chainState } from '../../db/repositories/state.repo';
import type { Actor } from '../ledger/ports';
import type { ShiftPorts } from './shift-ports';

type NoSaleOutput = Output<'shifts.noSale'>;
export type NoSale = (input: Input<'shifts.noSale'>, actor: Actor) => Promise<Result<NoSaleOutput>>;

/**
 * Records a drawer opened without a sale (who, when, why): a `no_sale` movement row of the open
 * shift (chained) and `drawer.opened`, in one transaction; no money moves. Kicking the drawer is
 * the caller's (the printer's) job once this answers. A repeat of the event id with the same
 * reason answers it (`replayed`).
 */
export function recordNoSale(ports: Pick<ShiftPorts, 'db' | 'mac' | 'clock' | 'terminalId'>): NoSale {
  return async (input, actor) => {
    const nowMs = ports.clock.nowMs();
    const reason = input.reason.trim();
    return ports.db.tx.write(async (tx): Promise<Result<NoSaleOutput>> => {
      const earlier = await findCashMovement(tx, input.eventId);
      if (earlier) {
        if (earlier.kind !== 'no_sale' || earlier.reason !== reason) {
          return err('id_exists_with_different_content', 'this event id was used for another drawer movement');
        }
        return ok({ eventId: earlier.id, shiftId: earlier.shiftId, atMs: earlier.atMs, replayed: true });
      }
      const shift = await openShiftRow(tx, ports.terminalId);
      if (!shift) return err('shift_not_open', 'no shift is open on this terminal');
      await insertCashMovement(tx, { id: input.eventId, shiftId: shift.id, kind: 'no_sale', amountMinor: 0, reason, staffId: actor.staffId, atMs: nowMs });
      await chainState(tx, ports.mac, 'cash_movement.state', input.eventId, nowMs);
      await appendRecord(tx, ports.mac, {
        kind: 'drawer.opened', subjectId: input.eventId, actorId: actor.staffId, atMs: nowMs, body: { eventId: input.eventId, shiftId: shift.id, reason },
      });
      return ok({ eventId: input.eventId, shiftId: shift.id, atMs: nowMs, replayed: false });
    });
  };
}
