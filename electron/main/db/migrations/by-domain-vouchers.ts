import type { Migration } from './migration';

/** The vouchers domain's migrations (versions 80–89), in order. */
export const VOUCHER_MIGRATIONS: readonly Migration[] = [];
