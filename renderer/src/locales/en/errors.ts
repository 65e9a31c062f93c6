import type { ClientErrorCode } from '../../api/client';
import { cardsErrors } from './errors-cards';
import { displayErrors } from './errors-display';
import { catalogErrors } from './errors-catalog';
import { salesPricingErrors } from './errors-sales-pricing';
import { salesErrors } from './errors-sales';
import { receiptsErrors } from './errors-receipts';
import { shiftsErrors } from './errors-shifts';
import { vouchersErrors } from './errors-vouchers';
import { walletsErrors } from './errors-wallets';

/** One message per error code: what happened, then what to do. */
export const errors = {
  invalid_input: 'Some of the details are not valid. Check the highlighted fields and try again.',
  invalid_amount: 'That amount is not valid. Enter a positive amount in the shop currency.',
  unknown_currency: 'That currency is not supported. Choose a currency from the list.',
  amount_overflow: 'That amount is too large to record. Split it into smaller amounts.',
  not_found: 'We could not find that record. Refresh the screen and try again.',
  forbidden: 'Your role is not allowed to do this. Ask a manager or the owner.',
  unauthenticated: 'You are not signed in. Sign in and try again.',
  payload_too_large: 'That request is too large to send. Send fewer items at once.',
  internal: 'Something went wrong inside Tillbook. Try again; if it keeps happening, contact support with the details below.',
  unreachable: 'Tillbook’s core is not answering. Check that the app is still running, then try again.',
  wrong_key: 'The database key is wrong, so the data cannot be opened. Use the correct passphrase or key file.',
  database_corrupt: 'The database is damaged. Stop selling and contact support; restore from the latest backup.',
  database_rolled_back: 'This database is older than its anchor: it was rolled back to an earlier copy. An owner must confirm it before Tillbook opens it.',
  database_too_new: 'The database was written by a newer version of Tillbook. Update Tillbook on this terminal.',
  database_locked: 'The database is busy. Wait a moment and try again.',
  key_file_missing: 'The database key file is missing. Restore the key file or use the recovery passphrase.',
  key_file_invalid: 'The database key file is not valid. Restore the original key file or use the recovery passphrase.',
  weak_passphrase: 'That passphrase is too weak. Use a longer passphrase with letters and digits.',
  insufficient_funds: 'The balance is too low for this amount. Use a smaller amount or another payment method.',
  limit_exceeded: 'This goes over an allowed limit. Use a smaller amount or ask a manager.',
  ledger_mismatch: 'The ledger entries do not match. Nothing was recorded; try again or contact support.',
  account_not_found: 'That account does not exist. Check the card or wallet and try again.',
  account_closed: 'That account is closed. Use another card or wallet.',
  ledger_not_found: 'That ledger does not exist. Refresh the screen and try again.',
  same_account: 'The source and destination are the same account. Choose two different accounts.',
  id_exists_with_different_content: 'This request was already recorded with different details. Start a new one instead of repeating it.',
  hold_not_found: 'That hold does not exist. Refresh the screen and try again.',
  hold_already_resolved: 'That hold was already completed or released. Nothing was changed.',
  hold_expired: 'That hold has expired. Start the payment again.',
  post_exceeds_hold: 'The amount is larger than the held amount. Charge at most the held amount.',
  batch_empty: 'There is nothing to record. Add at least one line.',
  batch_too_large: 'Too many entries at once. Record them in smaller groups.',
  setup_already_done: 'This terminal is already set up. Sign in instead.',
  bad_credentials: 'The staff code or PIN/password is wrong. Check them and try again.',
  account_locked: 'This staff account is locked after too many wrong attempts. Wait, or ask a manager.',
  session_locked: 'The screen is locked. Enter your PIN or password to continue.',
  rate_limited: 'Too many attempts from this terminal. Wait a minute, then try again.',
  ...walletsErrors,
  ...cardsErrors,
  ...vouchersErrors,
  ...shiftsErrors,
  ...displayErrors,
  ...catalogErrors,
  ...salesPricingErrors,
  ...salesErrors,
  ...receiptsErrors,
} as const satisfies Record<ClientErrorCode, string>;
