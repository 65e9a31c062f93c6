import type { Api } from '../../api/client';
import type { Input } from '../../../../shared/ipc/contract';
import { useSettingsStore } from '../../stores/settings.store';

/** settings.update with a patch; the store gets what main saved (not what was sent). */
export async function saveSettings(
  api: Api,
  patch: Input<'settings.update'>,
  nowMs: number = Date.now(),
): Promise<void> {
  const saved = await api.call('settings.update', patch);
  useSettingsStore.getState().markSaved(saved, nowMs);
}
