import type { VoucherErrorCode } from '../../../../shared/domain/errors';

/** One message per error code of the vouchers domain: what happened, then what to do. */
export const vouchersErrors = {
  invalid_voucher_code: 'That voucher code has a typo. Check each character against the voucher, or scan it again.',
  voucher_not_found: 'No voucher has this code. Check the code on the voucher, or ask a manager.',
  voucher_batch_not_found: 'There is no voucher batch with this reference. Refresh the list and choose a batch.',
  voucher_batch_exists: 'This batch was already generated, and its codes are shown only once. Void its vouchers and generate a new batch.',
  voucher_expiry_in_past: 'The expiry date is already past. Choose a later date, or no expiry.',
  voucher_not_sold: 'This voucher was never sold, so it has no value yet. Sell it at the counter first.',
  voucher_already_sold: 'This voucher was already sold. Hand it over, or sell another one.',
  voucher_already_redeemed: 'This voucher was already redeemed. It cannot be used again.',
  voucher_voided: 'This voucher was voided and has no value. Ask a manager if this is unexpected.',
  voucher_expired: 'This voucher has expired. Ask a manager about what can be done.',
} as const satisfies Record<VoucherErrorCode, string>;
