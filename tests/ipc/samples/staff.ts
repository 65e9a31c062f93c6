import type { staffContract } from '../../../shared/ipc/contract/staff';
import { OWNER } from '../../support/test-app';
import { NOBODY_ID, type DomainSamples, type SampleIds } from './fixture';

export const staffSamples = (ids: SampleIds): DomainSamples<typeof staffContract> => ({
  'staff.signIn': [
    { staffCode: OWNER.staffCode, secret: OWNER.secret },
    { staffCode: 'nobody', secret: '0000' },
  ],
  'staff.unlock': [{ secret: OWNER.secret }],
  'staff.signOut': [{}],
  'staff.session': [{}],
  'staff.lock': [{}],
  'staff.list': [{}],
  'staff.create': [
    { displayName: 'New Cashier', staffCode: 'newc', role: 'cashier', secretKind: 'pin', secret: '86420' },
    { displayName: 'New Manager', staffCode: 'newm', role: 'manager', secretKind: 'password', secret: 'abcdefgh1234' },
  ],
  'staff.setRole': [
    { targetStaffId: ids.cashierId, role: 'cashier' },
    { targetStaffId: NOBODY_ID, role: 'manager' },
  ],
  // Re-enabling first: a fuzzed call must not leave the fixture's cashier disabled.
  'staff.setDisabled': [
    { targetStaffId: ids.cashierId, disabled: false },
    { targetStaffId: NOBODY_ID, disabled: true },
  ],
  // The approval id names no grant: the call is valid and refused (forbidden) by main.
  'staff.resetSecret': [
    { targetStaffId: ids.cashierId, secretKind: 'pin', secret: '8642', approvalId: NOBODY_ID },
    { targetStaffId: NOBODY_ID, secretKind: 'password', secret: 'abcdefgh1234', approvalId: NOBODY_ID },
  ],
});
