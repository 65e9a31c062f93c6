import type { ShiftErrorCode } from '../../../../shared/domain/errors';

/** One message per error code of the shifts domain: what happened, then what to do. */
export const shiftsErrors = {
  shift_already_open: 'A shift is already open on this terminal. Close it before opening a new one.',
  shift_not_open: 'No shift is open on this terminal. Open a shift with a counted float first.',
  shift_not_found: 'This terminal has no such shift. Refresh the screen and try again.',
  shift_already_closed: 'This shift was already closed with another count. Open the Z reports to see its closure.',
  paid_out_exceeds_cash: 'The drawer should not hold that much cash. Check the amount, or count the drawer first.',
  unsynced_outbox: 'Some sales have not reached the back office yet. Confirm to close anyway: the Z report will list how many.',
  z_report_not_found: 'There is no Z report with this number on this terminal. Check the number and try again.',
  period_out_of_order: 'Periods close in order: close the earlier month or year first.',
  period_not_over: 'This period is not over yet. Close it once it has ended.',
  period_already_closed: 'This period is already closed. Open the closures list to see it.',
  nothing_to_close: 'There is nothing to close yet: close a shift (its Z report) first.',
  months_not_closed: 'Close every month of the year, December last, before closing the year.',
} as const satisfies Record<ShiftErrorCode, string>;
