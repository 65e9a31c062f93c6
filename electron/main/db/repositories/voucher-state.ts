/** The vouchers domain's guarded state, as verify and the chaining read it. */
export const VOUCHER_STATE_READERS = {} as const;
