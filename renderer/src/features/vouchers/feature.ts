import { IconTicket } from '../../components/DomainIcons';
import { defineFeature } from '../feature';
import { useVouchersStore } from './vouchers.store';
import { VouchersScreen } from './VouchersScreen';

/** Top-up vouchers: everyone sells and redeems; managers generate, void and see the liability. */
export const vouchersFeature = defineFeature({
  id: 'vouchers',
  section: { labelKey: 'vouchers:nav', icon: IconTicket, Screen: VouchersScreen, minRole: 'cashier' },
  sessionStores: [useVouchersStore],
});
