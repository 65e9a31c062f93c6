import type { VOUCHER_STATE_SCHEMAS } from '../../../shared/domain/state/vouchers';
import type { TestApp } from '../../support/test-app';
import type { Case } from './case';

/** Tamper cases for the vouchers domain's state kinds (its record kinds have a generic case). */
export const voucherTamperCases: { readonly [K in keyof typeof VOUCHER_STATE_SCHEMAS]: Case } = {
};

/** Writes at least one entry of every state and record kind of the vouchers domain, through its use cases. */
export async function seedVoucherKinds(t: TestApp): Promise<void> {
  void t;
}
