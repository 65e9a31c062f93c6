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
});
