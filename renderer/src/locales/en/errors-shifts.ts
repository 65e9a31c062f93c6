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
} as const satisfies Record<ShiftErrorCode, string>;
