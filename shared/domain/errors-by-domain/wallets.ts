/** Error codes of the wallets domain (part of the closed union in shared/domain/errors.ts). */
export const WALLET_ERROR_CODES = [] as const;
