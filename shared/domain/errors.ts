import { CARD_ERROR_CODES } from './errors-by-domain/cards';
import { DISPLAY_ERROR_CODES } from './errors-by-domain/display';
import { CATALOG_ERROR_CODES } from './errors-by-domain/catalog';
import { RECEIPT_ERROR_CODES } from './errors-by-domain/receipts';
import { SALES_PRICING_ERROR_CODES } from './errors-by-domain/sales-pricing';
import { SALES_ERROR_CODES } from './errors-by-domain/sales';
import { SHIFT_ERROR_CODES } from './errors-by-domain/shifts';
import { VOUCHER_ERROR_CODES } from './errors-by-domain/vouchers';
import { WALLET_ERROR_CODES } from './errors-by-domain/wallets';

/**
 * The closed set of error codes every layer returns. Expected outcomes are values of this union,
 * never thrown across a boundary; the UI branches on the code and translates it. Every code here
 * is produced somewhere; a code nothing returns is not added ahead of the feature that returns it.
 */
export const ERROR_CODES = [
  // input and boundary
  'invalid_input',
  'invalid_amount',
  'unknown_currency',
  'amount_overflow',
  'not_found',
  'forbidden',
  'unauthenticated',
  'payload_too_large',
  'internal',
  // database and keys
  'wrong_key',
  'database_corrupt',
  'database_too_new',
  'database_locked',
  'database_rolled_back',
  'key_file_missing',
  'key_file_invalid',
  'weak_passphrase',
  // ledger
  'insufficient_funds',
  'limit_exceeded',
  'ledger_mismatch',
  'account_not_found',
  'account_closed',
  'ledger_not_found',
  'same_account',
  'id_exists_with_different_content',
  'hold_not_found',
  'hold_already_resolved',
  'hold_expired',
  'post_exceeds_hold',
  'batch_empty',
  'batch_too_large',
  // staff and session
  'setup_already_done',
  'bad_credentials',
  'account_locked',
  'session_locked',
  'rate_limited',
  // customers and wallets, cards, vouchers: one file per domain
  ...WALLET_ERROR_CODES,
  ...CARD_ERROR_CODES,
  ...VOUCHER_ERROR_CODES,
  ...SHIFT_ERROR_CODES,
  ...DISPLAY_ERROR_CODES,
  ...CATALOG_ERROR_CODES,
  ...SALES_PRICING_ERROR_CODES,
  ...SALES_ERROR_CODES,
  ...RECEIPT_ERROR_CODES,
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type WalletErrorCode = (typeof WALLET_ERROR_CODES)[number];
export type CardErrorCode = (typeof CARD_ERROR_CODES)[number];
export type VoucherErrorCode = (typeof VOUCHER_ERROR_CODES)[number];
export type ShiftErrorCode = (typeof SHIFT_ERROR_CODES)[number];
export type CatalogErrorCode = (typeof CATALOG_ERROR_CODES)[number];
export type SalesPricingErrorCode = (typeof SALES_PRICING_ERROR_CODES)[number];
export type SalesErrorCode = (typeof SALES_ERROR_CODES)[number];

export type AppError = { readonly code: ErrorCode; readonly message: string };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
