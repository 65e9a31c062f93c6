import type { VoucherErrorCode } from '../../../../shared/domain/errors';

/** One message per error code of the vouchers domain: what happened, then what to do. */
export const vouchersErrors = {} as const satisfies Record<VoucherErrorCode, string>;
