import type { Api } from '../../api/client';
import type { Input } from '../../../../shared/ipc/contract';
import { sessionEpoch } from '../../lib/session-scope';
import { useSettingsStore } from '../../stores/settings.store';
import { useFullSettingsStore } from './settings.store';

/** settings.get (signed in): every setting, and the public part for the frame and theme. */
export async function loadFullSettings(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  const settings = await api.call('settings.get', {});
  if (epoch !== sessionEpoch()) return; // signed out or locked meanwhile
  useFullSettingsStore.getState().apply(settings);
  useSettingsStore.getState().applyPublic(settings);
}

/** settings.update with a patch; the stores get what main saved (not what was sent). */
export async function saveSettings(
  api: Api,
  patch: Input<'settings.update'>,
  nowMs: number = Date.now(),
): Promise<void> {
  const saved = await api.call('settings.update', patch);
  useFullSettingsStore.getState().markSaved(saved, nowMs);
  useSettingsStore.getState().applyPublic(saved);
}
