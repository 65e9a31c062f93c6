/** Error codes of the vouchers domain (part of the closed union in shared/domain/errors.ts). */
export const VOUCHER_ERROR_CODES = [
  /** A typed code that fails its shape or check symbol: refused before any lookup, never echoed. */
  'invalid_voucher_code',
  /** No voucher has this code (or id). */
  'voucher_not_found',
  /** No batch has this id. */
  'voucher_batch_not_found',
  /** The batch id was already generated: its codes were shown once and are never shown again. */
  'voucher_batch_exists',
  /** A batch cannot be generated already expired. */
  'voucher_expiry_in_past',
  /** Redeeming a voucher nobody has paid for yet. */
  'voucher_not_sold',
  /** Selling a voucher that was already sold. */
  'voucher_already_sold',
  /** The voucher's value was already credited to a wallet. */
  'voucher_already_redeemed',
  /** A manager voided the voucher. */
  'voucher_voided',
  /** The batch's expiry has passed (by the terminal's clock). */
  'voucher_expired',
] as const;
