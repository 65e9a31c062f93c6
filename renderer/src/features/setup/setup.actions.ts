import type { Api } from '../../api/client';
import { loadSettings } from '../../app/boot';
import { useBootStore } from '../../stores/boot.store';
import { signIn } from '../staff/session.actions';
import type { Input } from '../../../../shared/ipc/contract';

/**
 * setup.complete, then signs the new owner in with the same code and secret (held only for
 * this call). If that sign-in fails the sign-in screen takes over; setup itself is done.
 */
export async function completeSetup(api: Api, input: Input<'setup.complete'>): Promise<void> {
  await api.call('setup.complete', input);
  await loadSettings(api);
  try {
    await signIn(api, input.owner.staffCode, input.owner.secret);
  } catch {
    // the owner signs in by hand
  }
  useBootStore.getState().setPhase('ready');
}
