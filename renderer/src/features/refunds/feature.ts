import { defineFeature } from '../feature';
import { IconReturn } from './IconReturn';
import { useRefundsStore } from './refunds.store';
import { RefundsScreen } from './RefundsScreen';

/** Returns (issue 9 §5): refunds and voids, each approved by a manager at the till. */
export const refundsFeature = defineFeature({
  id: 'refunds',
  section: { labelKey: 'refunds:nav', icon: IconReturn, Screen: RefundsScreen, minRole: 'cashier' },
  sessionStores: [useRefundsStore],
});
