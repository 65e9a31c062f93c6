import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { META_KEYS, readMetaIn } from '../../db/repositories/meta.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { drawerBalance, findShift, insertShift, openShiftRow } from '../../db/repositories/shift.repo';
import { chainState } from '../../db/repositories/state.repo';
import { zByShift } from '../../db/repositories/z-report.repo';
import type { WriteTx } from '../../db/tx';
import type { Actor } from '../ledger/ports';
import { moveDrawerCash } from './shift-money';
import type { ShiftPorts } from './shift-ports';
import { shiftView } from './shift-views';

type OpenOutput = Output<'shifts.open'>;
export type OpenShift = (input: Input<'shifts.open'>, actor: Actor) => Promise<Result<OpenOutput>>;

/**
 * Sets the drawer account to the counted float: what was left in it (or taken out) since the last
 * close goes to or comes from the safe, so during the shift the account holds exactly what the
 * drawer should. The batch id is the shift id.
 */
async function setDrawerToFloat(tx: WriteTx, ports: ShiftPorts, shiftId: string, currency: string, floatMinor: number, actor: Actor): Promise<Result<void>> {
  const difference = floatMinor - (await drawerBalance(tx, currency));
  if (difference === 0) return ok(undefined);
  const up = difference > 0;
  return moveDrawerCash(tx, ports, {
    batchId: shiftId, currency, debit: up ? 'cashDrawer' : 'cashSafe', credit: up ? 'cashSafe' : 'cashDrawer',
    amountMinor: Math.abs(difference), code: 'shift_float',
  }, actor);
}

/**
 * Opens this terminal's shift in the merchant's currency with a counted float, in one transaction:
 * the shift row (chained), the drawer account set to the float, and `shift.opened`. A repeat of
 * the shift id with the same float answers that shift (`replayed`); another float is
 * `id_exists_with_different_content`; another open shift on this terminal is `shift_already_open`.
 */
export function openShift(ports: ShiftPorts): OpenShift {
  return async (input, actor) => {
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.write(async (tx): Promise<Result<OpenOutput>> => {
      const earlier = await findShift(tx, input.shiftId);
      if (earlier) {
        if (earlier.floatMinor !== input.floatMinor || earlier.terminalId !== ports.terminalId) {
          return err('id_exists_with_different_content', 'this shift id was opened with another float');
        }
        const z = await zByShift(tx, earlier.id);
        return ok({ shift: shiftView(earlier, z?.zNumber ?? null), replayed: true });
      }
      const open = await openShiftRow(tx, ports.terminalId);
      if (open) return err('shift_already_open', 'a shift is already open on this terminal: close it first');
      const currency = await readMetaIn(tx, META_KEYS.currency);
      if (currency === undefined) throw new Error('the merchant has no currency: setup is not done');
      const shift = { id: input.shiftId, terminalId: ports.terminalId, currency, openedBy: actor.staffId, openedAtMs: nowMs, floatMinor: input.floatMinor };
      // The money first: a refused batch id (used by another operation) then leaves no shift behind.
      const floated = await setDrawerToFloat(tx, ports, shift.id, currency, input.floatMinor, actor);
      if (!floated.ok) return floated;
      // Checked above in this transaction: a refusal here would be a bug, and throwing rolls the float back.
      if (!(await insertShift(tx, shift))) throw new Error('the shift could not be inserted after the open-shift check');
      await chainState(tx, ports.mac, 'shift.state', shift.id, nowMs);
      await appendRecord(tx, ports.mac, {
        kind: 'shift.opened', subjectId: shift.id, actorId: actor.staffId, atMs: nowMs,
        body: { shiftId: shift.id, terminalId: ports.terminalId, currency, floatMinor: input.floatMinor, openedBy: actor.staffId },
      });
      const row = await findShift(tx, shift.id);
      if (!row) throw new Error('the shift vanished inside its own transaction');
      return ok({ shift: shiftView(row, null), replayed: false });
    });
  };
}
