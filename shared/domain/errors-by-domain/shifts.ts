/** Error codes of the shifts domain (part of the closed union in shared/domain/errors.ts). */
export const SHIFT_ERROR_CODES = [
  /** This terminal already has an open shift (another shift id): close it first. */
  'shift_already_open',
  /** No shift is open on this terminal (cash movements, no-sale, X report; SALES refuses a sale with it too). */
  'shift_not_open',
  /** No shift has this id on this terminal. */
  'shift_not_found',
  /** The shift was already closed (its Z exists); a repeat of the same close answers that Z instead. */
  'shift_already_closed',
  /** A paid-out larger than the cash the drawer should hold now. */
  'paid_out_exceeds_cash',
  /**
   * The outbox holds entries the backend has not acknowledged: the close needs `confirmUnsynced`,
   * and the Z then lists how many.
   */
  'unsynced_outbox',
  /** No Z report has this number on this terminal. */
  'z_report_not_found',
  /** A monthly or yearly closure for a period that is not the next one of its kind on this terminal. */
  'period_out_of_order',
  /** The month or year to close is not over yet in the terminal's time zone. */
  'period_not_over',
  /** That period was closed before, under another closure id (a retry with the same id answers the closure). */
  'period_already_closed',
  /** No Z report yet, so there is no first month to close. */
  'nothing_to_close',
  /** A year closes after its December's monthly closure (and the months before it). */
  'months_not_closed',
] as const;
