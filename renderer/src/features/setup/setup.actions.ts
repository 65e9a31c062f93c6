import type { Api } from '../../api/client';
import { loadSettings } from '../../app/boot';
import { useBootStore } from '../../stores/boot.store';
import { signIn } from '../staff/session.actions';
import type { Input, Output } from '../../../../shared/ipc/contract';

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

/**
 * setup.loadDemo: this empty terminal becomes the demo shop. Nobody is signed in afterwards; the
 * screen shows the staff codes and PINs once, then loads the settings and hands over to sign-in.
 */
export async function loadDemoShop(api: Api, locale: Input<'setup.loadDemo'>['locale']): Promise<Output<'setup.loadDemo'>> {
  return api.call('setup.loadDemo', { locale });
}

/** After the PINs were noted: the demo shop's settings, then the sign-in screen. */
export async function finishDemo(api: Api): Promise<void> {
  await loadSettings(api);
  useBootStore.getState().setPhase('ready');
}
