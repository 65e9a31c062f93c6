import type { MethodKey } from '../../../shared/ipc/contract';
import { anchorSamples } from './anchor';
import { cardSamples } from './cards';
import { catalogSamples } from './catalog';
import { displaySamples } from './display';
import { approvalSamples } from './approval';
import type { SampleIds, Samples } from './fixture';
import { ledgerSamples } from './ledger';
import { receiptSamples } from './receipts';
import { salesSamples } from './sales';
import { settingsSamples } from './settings';
import { setupSamples } from './setup';
import { shiftSamples } from './shifts';
import { staffSamples } from './staff';
import { systemSamples } from './system';
import { voucherSamples } from './vouchers';
import { walletSamples } from './wallets';

export { CASHIER, MANAGER, NOBODY_ID, type SampleIds, type Samples } from './fixture';

/**
 * Valid inputs per contract key, one file per contract domain. The mapped type makes a new
 * contract entry a compile error until its domain file has at least one sample for it.
 */
export type ValidInputs = { readonly [K in MethodKey]: Samples<K> };

/**
 * Every field filled in (optional ones too), so a walk over a sample reaches every leaf of the
 * schema. `cashierId` is a real staff member created by the fixture.
 */
export function validInputs(ids: SampleIds): ValidInputs {
  return {
    ...systemSamples(),
    ...setupSamples(),
    ...staffSamples(ids),
    ...approvalSamples(),
    ...settingsSamples(),
    ...ledgerSamples(),
    ...anchorSamples(),
    ...walletSamples(ids),
    ...cardSamples(ids),
    ...voucherSamples(ids),
    ...catalogSamples(ids),
    ...shiftSamples(ids),
    ...displaySamples(),
    ...receiptSamples(),
    ...salesSamples(),
  };
}
