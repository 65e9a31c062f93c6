import { IconSettings } from '../../components/Icons';
import { defineFeature } from '../feature';
import { useFullSettingsStore } from './settings.store';
import { SettingsScreen } from './SettingsScreen';

/**
 * Terminal settings: managers and owners edit, cashiers read. Only the full settings are the
 * session's; the public part (shop name, language, looks) stays for the sign-in screen.
 */
export const settingsFeature = defineFeature({
  id: 'settings',
  section: { labelKey: 'common:nav.settings', icon: IconSettings, Screen: SettingsScreen, minRole: 'cashier' },
  sessionStores: [useFullSettingsStore],
});
