/** Error codes of the wallets domain (part of the closed union in shared/domain/errors.ts). */
export const WALLET_ERROR_CODES = [
  /** A typed or scanned wallet address failed its check symbol (or length, or alphabet): refused before any lookup. */
  'invalid_wallet_address',
  /** A transfer from a wallet to itself. */
  'same_wallet',
] as const;
