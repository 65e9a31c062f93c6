import { defineFeature } from '../feature';
import { useCatalogStore } from './catalog.store';
import { useCheckoutStore } from './checkout.store';
import { IconBasket } from './IconBasket';
import { useSellStore } from './sell.store';
import { SellScreen } from './SellScreen';

/** Sell: the counter's till for every signed-in staff member (the first section of the nav rail). */
export const sellFeature = defineFeature({
  id: 'sell',
  section: { labelKey: 'sell:nav', icon: IconBasket, Screen: SellScreen, minRole: 'cashier' },
  sessionStores: [useSellStore, useCheckoutStore, useCatalogStore],
});
