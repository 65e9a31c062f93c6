/** Error codes of the vouchers domain (part of the closed union in shared/domain/errors.ts). */
export const VOUCHER_ERROR_CODES = [] as const;
