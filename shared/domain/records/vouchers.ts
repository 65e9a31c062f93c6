import type { RecordSpec } from './record-spec';

/** Records of the vouchers domain, by journal kind. */
export const VOUCHER_RECORDS = {} as const satisfies Record<string, RecordSpec>;
