import type { Catalogue } from '../catalogue';
import type { vouchersErrors as en } from '../en/errors-vouchers';

/** The zh-CN messages of the vouchers domain, key for key with the English ones. */
export const vouchersErrors: Catalogue<typeof en> = {};
