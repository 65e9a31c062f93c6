import type { Api } from '../api/client';
import { refreshSession } from '../features/staff/session.actions';
import { toClientError } from '../lib/error-message';
import { useBootStore } from '../stores/boot.store';
import { useSettingsStore } from '../stores/settings.store';

/** Loads the public settings; before setup there are none and that is not an error. */
export async function loadSettings(api: Api): Promise<void> {
  try {
    useSettingsStore.getState().applyPublic(await api.call('settings.public', {}));
  } catch {
    // keep defaults (first run, or settings unreadable): the frame still works
  }
}

/**
 * system.status → public settings → session; decides setup vs sign-in vs the frame. A database
 * older than its chain anchor (`rollback` in the status) goes to the recovery screen first: the
 * host answers nothing else until an owner accepted it.
 */
export async function boot(api: Api): Promise<void> {
  useBootStore.getState().setPhase('loading');
  try {
    const status = await api.call('system.status', {});
    if (status.rollback !== undefined) {
      useBootStore.getState().rolledBack(status.rollback, status.appVersion);
      return;
    }
    // Before setup there are only the host's defaults: the OS language and currency decide.
    if (status.setupDone) await loadSettings(api);
    if (!status.setupDone) {
      useBootStore.getState().setPhase('setup', status.appVersion);
      return;
    }
    await refreshSession(api);
    useBootStore.getState().setPhase('ready', status.appVersion);
  } catch (error) {
    useBootStore.getState().fail(toClientError(error));
  }
}
