import type { voucherDomainContract } from '../../../shared/ipc/contract/vouchers-domain';
import type { DomainReachers } from './common';

/** A way to reach every declared code of the vouchers domain's methods (see declared-errors.test.ts). */
export const voucherReach: DomainReachers<typeof voucherDomainContract> = {};
