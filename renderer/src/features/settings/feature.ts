import { IconSettings } from '../../components/Icons';
import { defineFeature } from '../feature';
import { SettingsScreen } from './SettingsScreen';

/**
 * Terminal settings: managers and owners edit, cashiers read. The settings themselves belong to
 * the terminal, not to a session (the sign-in screen shows the shop), so no session store.
 */
export const settingsFeature = defineFeature({
  id: 'settings',
  section: { labelKey: 'common:nav.settings', icon: IconSettings, Screen: SettingsScreen, minRole: 'cashier' },
  sessionStores: [],
});
