/** Error codes of the wallets domain (part of the closed union in shared/domain/errors.ts). */
export const WALLET_ERROR_CODES = [
  /** A typed or scanned wallet address failed its check symbol (or length, or alphabet): refused before any lookup. */
  'invalid_wallet_address',
  /** A transfer from a wallet to itself. */
  'same_wallet',
  /** No rate is set for this currency pair (in this direction). */
  'fx_rate_not_found',
  /** The rate is older than its maximum age: a manager enters a current one. */
  'fx_rate_stale',
  /** The rate is dated after this terminal's clock (a wrong clock, or a typo in the date). */
  'fx_rate_from_future',
  /** The fee takes the whole amount, or it converts to less than one minor unit. */
  'fx_amount_too_small',
] as const;
