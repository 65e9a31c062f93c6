import type { MethodSpec } from '../method';
import { empty } from '../schemas';
import {
  cashMovementInput, cashMovementOutput, closeInput, closeOutput, currentOutput, noSaleInput, noSaleOutput, openInput, openOutput,
  xReport, xReportInput, zReportInput, zReportsInput, zReportsOutput, zReportView,
} from './shifts-schemas';
import { closuresContract } from './shifts-closures';
import { reportsContract } from './shifts-reports';

/**
 * The contract entries of the shifts domain (issue 9 §6): one open shift per terminal with a
 * counted float, paid-in and paid-out with a reason, no-sale drawer openings, the X report at any
 * time, and the close that counts the drawer, posts over/short and writes the signed Z report
 * (gapless per terminal, perpetual grand totals, chained, never rewritten). Writes are idempotent
 * by their client id. The monthly and yearly closures (shifts-closures.ts) and the reports calls
 * (shifts-reports.ts) are spread in.
 */
export const shiftDomainContract = {
  /** Opens this terminal's shift with the float counted into the drawer. */
  'shifts.open': {
    input: openInput,
    output: openOutput,
    access: 'signedIn',
    // shift_already_open: another shift is open on this terminal;
    // id_exists_with_different_content: this shift id was opened with another float (the same float answers that shift, replayed).
    errors: ['shift_already_open', 'id_exists_with_different_content'],
  },
  /** This terminal's open shift, or null. */
  'shifts.current': { input: empty, output: currentOutput, access: 'signedIn', errors: [] },
  /** Paid in or paid out of the drawer, with a reason: a ledger transfer between the drawer and the cash-movements account. */
  'shifts.cashMovement': {
    input: cashMovementInput,
    output: cashMovementOutput,
    access: 'signedIn',
    // paid_out_exceeds_cash: more than the drawer should hold now;
    // id_exists_with_different_content: this movement id was used for another movement or operation.
    errors: ['shift_not_open', 'paid_out_exceeds_cash', 'id_exists_with_different_content'],
  },
  /** Opens the drawer without a sale (audited with the reason; no money moves). */
  'shifts.noSale': {
    input: noSaleInput,
    output: noSaleOutput,
    access: 'signedIn',
    errors: ['shift_not_open', 'id_exists_with_different_content'],
  },
  /** The open shift's figures now: sales, refunds, taxes, tenders, the drawer. Not stored. */
  /**
   * The X report. With the cash counted before a close, its drawer also carries core's over/short
   * for that count (the close review shows it; nothing is posted until shifts.close).
   */
  'shifts.xReport': { input: xReportInput, output: xReport, access: 'signedIn', errors: ['shift_not_open'] },
  /**
   * Closes the shift: counted against expected cash, the difference posted to over/short, and the
   * Z report written, signed and chained in the same transaction. Only the opener or a manager
   * (or owner) may close; anyone else is `forbidden` (audited).
   */
  'shifts.close': {
    input: closeInput,
    output: closeOutput,
    access: 'signedIn',
    // shift_not_found: no shift of this terminal has this id;
    // shift_already_closed: closed before with another count (the same count answers the Z, replayed);
    // unsynced_outbox: unacknowledged outbox entries and no confirmUnsynced;
    // forbidden: neither the opener nor a manager.
    errors: ['shift_not_found', 'shift_already_closed', 'unsynced_outbox', 'forbidden'],
  },
  /** The Z reports of this terminal, newest first. */
  'shifts.zReports': { input: zReportsInput, output: zReportsOutput, access: 'signedIn', errors: [] },
  /** One Z report by its number, as stored (with its signature). */
  'shifts.zReport': { input: zReportInput, output: zReportView, access: 'signedIn', errors: ['z_report_not_found'] },
  ...closuresContract,
  ...reportsContract,
} as const satisfies Record<string, MethodSpec>;
