import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { pendingOutboxCount } from '../../db/repositories/outbox.repo';
import { openShiftRow } from '../../db/repositories/shift.repo';
import { listZ, zByNumber } from '../../db/repositories/z-report.repo';
import { shiftFigures } from './shift-figures';
import type { ShiftPorts } from './shift-ports';
import { shiftView, zBodyOf, zView } from './shift-views';

export type CurrentShift = () => Promise<Result<Output<'shifts.current'>>>;
export type XReport = (input: Input<'shifts.xReport'>) => Promise<Result<Output<'shifts.xReport'>>>;
export type ZReports = (input: Input<'shifts.zReports'>) => Promise<Result<Output<'shifts.zReports'>>>;
export type ZReport = (input: Input<'shifts.zReport'>) => Promise<Result<Output<'shifts.zReport'>>>;

type ReadPorts = Pick<ShiftPorts, 'db' | 'terminalId' | 'clock' | 'saleTotals'>;

/** This terminal's open shift, or null. */
export function currentShift(ports: Pick<ShiftPorts, 'db' | 'terminalId'>): CurrentShift {
  return async () => {
    const row = await ports.db.tx.read((tx) => openShiftRow(tx, ports.terminalId));
    return ok({ shift: row ? shiftView(row, null) : null });
  };
}

/**
 * The X report: the open shift's figures now, read in one snapshot. Nothing is stored, numbered or
 * signed; it also says how many outbox entries a close would have to confirm.
 */
export function xReport(ports: ReadPorts): XReport {
  return async (input) => ports.db.tx.read(async (tx): Promise<Result<Output<'shifts.xReport'>>> => {
    const shift = await openShiftRow(tx, ports.terminalId);
    if (!shift) return err('shift_not_open', 'no shift is open on this terminal');
    const { period, drawer } = await shiftFigures(tx, ports.saleTotals, shift, input.countedCashMinor ?? null);
    return ok({
      shift: shiftView(shift, null), atMs: ports.clock.nowMs(), currency: shift.currency, period, drawer,
      unsyncedOutboxCount: await pendingOutboxCount(tx),
    });
  });
}

const PAGE_DEFAULT = 30;

/** The terminal's Z reports, newest first, a page at a time. */
export function zReports(ports: Pick<ShiftPorts, 'db' | 'terminalId'>): ZReports {
  return async (input) => {
    const limit = input.limit ?? PAGE_DEFAULT;
    const rows = await ports.db.tx.read((tx) => listZ(tx, ports.terminalId, input.beforeZNumber, limit));
    const reports = rows.map((z) => {
      const body = zBodyOf(z);
      return {
        zNumber: z.zNumber, shiftId: z.shiftId, currency: z.currency, openedAtMs: body.openedAtMs, closedAtMs: z.closedAtMs,
        closedBy: body.closedBy, saleCount: body.period.saleCount, totalMinor: body.period.totalMinor,
        overShortMinor: body.drawer.overShortMinor ?? 0,
      };
    });
    const last = rows[rows.length - 1];
    return ok({ reports, next: rows.length === limit && last && last.zNumber > 1 ? last.zNumber : null });
  };
}

/** One Z report, as stored and signed. */
export function zReport(ports: Pick<ShiftPorts, 'db' | 'terminalId'>): ZReport {
  return async (input) => {
    const z = await ports.db.tx.read((tx) => zByNumber(tx, ports.terminalId, input.zNumber));
    return z ? ok(zView(z)) : err('z_report_not_found', `there is no Z report ${input.zNumber} on this terminal`);
  };
}
