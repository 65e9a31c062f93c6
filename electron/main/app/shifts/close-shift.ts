import { ROLE_RANK } from '../../../../shared/domain/roles';
import { err, ok, type Err, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import type { Caller } from '../../core/staff/caller';
import { appendRecord } from '../../db/repositories/record.repo';
import { closeShiftRow, findShift, type ShiftRow } from '../../db/repositories/shift.repo';
import { chainState } from '../../db/repositories/state.repo';
import { zByShift } from '../../db/repositories/z-report.repo';
import type { WriteTx } from '../../db/tx';
import { shiftFigures } from './shift-figures';
import { derivedId, moveDrawerCash } from './shift-money';
import type { ShiftPorts } from './shift-ports';
import { shiftView, zView } from './shift-views';
import { unsyncedNow, writeZ } from './write-z';

type CloseOutput = Output<'shifts.close'>;
export type CloseShift = (input: Input<'shifts.close'>, caller: Caller, origin: string) => Promise<Result<CloseOutput>>;

type Outcome = { readonly kind: 'done'; readonly value: CloseOutput } | { readonly kind: 'refused'; readonly reason: string } | { readonly kind: 'error'; readonly error: Err };

/** Only the opener, or a manager or the owner, closes a shift (a cashier cannot close a colleague's drawer). */
export function closeRefusal(caller: Caller, shift: Pick<ShiftRow, 'openedBy'>): string | undefined {
  if (caller.staffId === shift.openedBy || ROLE_RANK[caller.role] >= ROLE_RANK.manager) return undefined;
  return 'only the staff member who opened the shift, or a manager, may close it';
}

/** Over: the drawer account goes up to the count (credit over/short); short: down (debit it). */
async function postOverShort(tx: WriteTx, ports: ShiftPorts, shift: ShiftRow, overShortMinor: number, caller: Caller): Promise<Result<void>> {
  if (overShortMinor === 0) return ok(undefined);
  const over = overShortMinor > 0;
  return moveDrawerCash(tx, ports, {
    batchId: derivedId(shift.id, 'over-short'), currency: shift.currency, debit: over ? 'cashDrawer' : 'cashOverShort',
    credit: over ? 'cashOverShort' : 'cashDrawer', amountMinor: Math.abs(overShortMinor), code: 'cash_over_short',
  }, caller);
}

/** A repeat of a close: the same count answers its Z; another count is refused. */
async function closedBefore(tx: WriteTx, shift: ShiftRow, countedCashMinor: number): Promise<Outcome> {
  const z = await zByShift(tx, shift.id);
  if (!z || shift.countedCashMinor !== countedCashMinor) {
    return { kind: 'error', error: err('shift_already_closed', 'this shift was already closed with another count') };
  }
  return { kind: 'done', value: { shift: shiftView(shift, z.zNumber), z: zView(z), replayed: true } };
}

/**
 * Closes the shift in one transaction: the drawer's expected cash (the drawer account's balance)
 * against the count, the difference posted to over/short so the account matches the count, the
 * shift row closed (chained), `shift.closed`, then the signed Z (write-z.ts). Refused while the
 * outbox holds unacknowledged entries unless `confirmUnsynced`, and for anyone but the opener or
 * a manager (`forbidden`, audited).
 */
export function closeShift(ports: ShiftPorts): CloseShift {
  return async (input, caller, origin) => {
    const nowMs = ports.clock.nowMs();
    const outcome = await ports.db.tx.write(async (tx): Promise<Outcome> => {
      const shift = await findShift(tx, input.shiftId);
      if (!shift || shift.terminalId !== ports.terminalId) return { kind: 'error', error: err('shift_not_found', 'this terminal has no such shift') };
      if (shift.closedAtMs !== null) return closedBefore(tx, shift, input.countedCashMinor);
      const refusal = closeRefusal(caller, shift);
      if (refusal) return { kind: 'refused', reason: refusal };
      const unsynced = await unsyncedNow(tx);
      if (unsynced.count > 0 && input.confirmUnsynced !== true) {
        return { kind: 'error', error: err('unsynced_outbox', `${unsynced.count} outbox entries are not acknowledged by the backend yet: confirm to close anyway`) };
      }
      const figures = await shiftFigures(tx, ports.saleTotals, shift, input.countedCashMinor);
      const overShort = figures.drawer.overShortMinor ?? 0;
      const posted = await postOverShort(tx, ports, shift, overShort, caller);
      if (!posted.ok) return { kind: 'error', error: posted };
      const closing = { closedAtMs: nowMs, closedBy: caller.staffId, countedCashMinor: input.countedCashMinor, expectedCashMinor: figures.drawer.expectedMinor };
      if (!(await closeShiftRow(tx, shift.id, closing))) throw new Error('the shift was not open inside its own close');
      await chainState(tx, ports.mac, 'shift.state', shift.id, nowMs);
      const closed = { ...shift, ...closing };
      const { z } = await writeZ(tx, ports, { shift: closed, closedBy: caller.staffId, closedAtMs: nowMs, figures, unsynced }, async (zNumber) => {
        await appendRecord(tx, ports.mac, {
          kind: 'shift.closed', subjectId: shift.id, actorId: caller.staffId, atMs: nowMs,
          body: {
            shiftId: shift.id, currency: shift.currency, floatMinor: shift.floatMinor, countedCashMinor: input.countedCashMinor,
            expectedCashMinor: figures.drawer.expectedMinor, overShortMinor: overShort, closedBy: caller.staffId, zNumber,
          },
        });
      });
      return { kind: 'done', value: { shift: shiftView(closed, z.zNumber), z: zView(z), replayed: false } };
    });
    if (outcome.kind === 'done') return ok(outcome.value);
    if (outcome.kind === 'error') return outcome.error;
    await ports.audit({ kind: 'audit.accessDenied', staffId: caller.staffId, origin, detail: { method: 'shifts.close', code: 'forbidden', reason: outcome.reason } });
    return err('forbidden', outcome.reason);
  };
}
