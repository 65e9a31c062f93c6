import { IconUsers } from '../../components/DomainIcons';
import { defineFeature } from '../feature';
import { useCustomersStore } from './customers.store';
import { CustomersScreen } from './CustomersScreen';

/** Customers and their wallets: every signed-in staff member registers and looks up customers. */
export const customersFeature = defineFeature({
  id: 'customers',
  section: { labelKey: 'customers:nav', icon: IconUsers, Screen: CustomersScreen, minRole: 'cashier' },
  sessionStores: [useCustomersStore],
});
