import type { displayDomainContract } from '../../../shared/ipc/contract/display-domain';
import { PUBLIC, SIGNED_IN, type DomainReachers } from './common';

/** A way to reach every declared code of the customer-display domain (see declared-errors.test.ts). */
export const displayReach: DomainReachers<typeof displayDomainContract> = {
  'display.pairingCode': SIGNED_IN,
  'display.redeemCode': {
    ...PUBLIC,
    // No code was ever issued on this terminal: any code is refused the same way.
    display_code_invalid: (w) => w.t.call('display.redeemCode', { code: 'ABCD-EFGH' }),
  },
};
