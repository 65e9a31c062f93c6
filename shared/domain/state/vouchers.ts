/** Guarded state of the vouchers domain, by journal kind. */
export const VOUCHER_STATE_SCHEMAS = {} as const;
