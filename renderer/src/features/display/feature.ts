import { defineFeature } from '../feature';
import { DisplayPairingScreen } from './DisplayPairingScreen';
import { IconDisplay } from './IconDisplay';
import { useDisplayPairingStore } from './display.store';

/** Customer display (issue 9 §8): the till pairs a display by a one-time code. */
export const displayFeature = defineFeature({
  id: 'display',
  section: { labelKey: 'display:nav', icon: IconDisplay, Screen: DisplayPairingScreen, minRole: 'cashier' },
  sessionStores: [useDisplayPairingStore],
});
