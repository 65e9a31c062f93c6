import { IconExchange } from '../../components/DomainIcons';
import { defineFeature } from '../feature';
import { useFxStore } from './fx.store';
import { FxScreen } from './FxScreen';

/** Exchange rates: everyone reads them (conversions use them); managers set them. */
export const fxFeature = defineFeature({
  id: 'fx',
  section: { labelKey: 'fx:nav', icon: IconExchange, Screen: FxScreen, minRole: 'cashier' },
  sessionStores: [useFxStore],
});
