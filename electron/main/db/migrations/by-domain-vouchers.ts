import { migration0080 } from './0080-vouchers';
import type { Migration } from './migration';

/** The vouchers domain's migrations (versions 80–89), in order. */
export const VOUCHER_MIGRATIONS: readonly Migration[] = [migration0080];
