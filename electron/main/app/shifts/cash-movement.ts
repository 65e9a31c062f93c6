import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { findCashMovement, insertCashMovement } from '../../db/repositories/cash-movement.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { drawerBalance, findShift, openShiftRow } from '../../db/repositories/shift.repo';
import { chainState } from '../../db/repositories/state.repo';
import type { Actor } from '../ledger/ports';
import { moveDrawerCash } from './shift-money';
import type { ShiftPorts } from './shift-ports';

type MovementOutput = Output<'shifts.cashMovement'>;
export type CashMovement = (input: Input<'shifts.cashMovement'>, actor: Actor) => Promise<Result<MovementOutput>>;

/**
 * Paid in or paid out of the open shift's drawer, with a reason, in one transaction: a ledger
 * transfer between the cash drawer and the cash-movements account (batch id = movement id), the
 * movement row (chained) and `cash.movement`. A paid-out larger than the drawer's expected cash is
 * refused. A repeat of the movement id with the same kind, amount and reason answers it
 * (`replayed`); anything else with that id is `id_exists_with_different_content`.
 */
export function recordCashMovement(ports: ShiftPorts): CashMovement {
  return async (input, actor) => {
    const nowMs = ports.clock.nowMs();
    const reason = input.reason.trim();
    return ports.db.tx.write(async (tx): Promise<Result<MovementOutput>> => {
      const earlier = await findCashMovement(tx, input.movementId);
      if (earlier) {
        if (earlier.kind !== input.kind || earlier.amountMinor !== input.amountMinor || earlier.reason !== reason) {
          return err('id_exists_with_different_content', 'this movement id was used for another movement');
        }
        const shift = await findShift(tx, earlier.shiftId);
        if (!shift) throw new Error('a cash movement without its shift');
        return ok({
          movementId: earlier.id, shiftId: earlier.shiftId, kind: input.kind, currency: shift.currency, amountMinor: earlier.amountMinor, reason,
          atMs: earlier.atMs, expectedCashMinor: await drawerBalance(tx, shift.currency), replayed: true,
        });
      }
      const shift = await openShiftRow(tx, ports.terminalId);
      if (!shift) return err('shift_not_open', 'no shift is open on this terminal');
      const before = await drawerBalance(tx, shift.currency);
      if (input.kind === 'paid_out' && input.amountMinor > before) {
        return err('paid_out_exceeds_cash', 'the drawer should not hold that much cash');
      }
      const paidIn = input.kind === 'paid_in';
      const moved = await moveDrawerCash(tx, ports, {
        batchId: input.movementId, currency: shift.currency, debit: paidIn ? 'cashDrawer' : 'cashMovements',
        credit: paidIn ? 'cashMovements' : 'cashDrawer', amountMinor: input.amountMinor, code: input.kind,
      }, actor);
      if (!moved.ok) return moved;
      await insertCashMovement(tx, {
        id: input.movementId, shiftId: shift.id, kind: input.kind, amountMinor: input.amountMinor, reason, staffId: actor.staffId, atMs: nowMs,
      });
      await chainState(tx, ports.mac, 'cash_movement.state', input.movementId, nowMs);
      await appendRecord(tx, ports.mac, {
        kind: 'cash.movement', subjectId: input.movementId, actorId: actor.staffId, atMs: nowMs,
        body: { movementId: input.movementId, shiftId: shift.id, kind: input.kind, currency: shift.currency, amountMinor: input.amountMinor, reason },
      });
      return ok({
        movementId: input.movementId, shiftId: shift.id, kind: input.kind, currency: shift.currency, amountMinor: input.amountMinor, reason,
        atMs: nowMs, expectedCashMinor: await drawerBalance(tx, shift.currency), replayed: false,
      });
    });
  };
}
