import { IconUser } from '../../components/Icons';
import { defineFeature } from '../feature';
import { useStaffAdminStore } from './staff-admin.store';
import { StaffAdminScreen } from './StaffAdminScreen';

/** Staff administration: managers add cashiers and manage them; the owner manages everyone else. */
export const staffAdminFeature = defineFeature({
  id: 'staffAdmin',
  section: { labelKey: 'staffAdmin:nav', icon: IconUser, Screen: StaffAdminScreen, minRole: 'manager' },
  sessionStores: [useStaffAdminStore],
});
