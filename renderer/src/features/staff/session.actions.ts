import type { Api } from '../../api/client';
import { useSessionStore } from '../../stores/session.store';
import type { LockReason } from '../../stores/session.store';

/** Throws the ClientError on failure; the screen shows it. */
export async function signIn(api: Api, staffCode: string, secret: string): Promise<void> {
  const view = await api.call('staff.signIn', { staffCode: staffCode.trim(), secret });
  useSessionStore.getState().applyView(view);
}

export async function unlock(api: Api, secret: string): Promise<void> {
  const view = await api.call('staff.unlock', { secret });
  useSessionStore.getState().applyView(view);
}

/** Locks locally first (the screen must hide at once), then tells main. */
export async function lockNow(api: Api, reason: LockReason): Promise<void> {
  useSessionStore.getState().markLocked(reason);
  const view = await api.call('staff.lock', {});
  useSessionStore.getState().applyView(view);
}

/**
 * Signs out; entering `signedOut` resets every session-scoped store (session.store.ts), so
 * nothing the previous staff member saw is kept.
 */
export async function signOut(api: Api): Promise<void> {
  try {
    await api.call('staff.signOut', {});
  } finally {
    useSessionStore.getState().markSignedOut();
  }
}

export async function refreshSession(api: Api): Promise<void> {
  useSessionStore.getState().applyView(await api.call('staff.session', {}));
}

/**
 * Keeps the session store in step with main: lock and state events, and any call that failed
 * with `session_locked` (main locked first) or `unauthenticated` (the session is gone).
 */
export function wireSessionEvents(api: Api): () => void {
  const offLocked = api.on('session.locked', ({ reason }) => {
    if (reason === 'signOut') useSessionStore.getState().markSignedOut();
    else useSessionStore.getState().markLocked(reason);
  });
  const offChanged = api.on('session.changed', ({ state }) => {
    const session = useSessionStore.getState();
    if (state === 'signedOut') session.markSignedOut();
    else if (state === 'locked') session.markLocked(session.lockReason ?? 'idle');
    else if (session.phase !== 'active') void refreshSession(api).catch(() => undefined);
  });
  const offError = api.onError((error) => {
    if (error.code === 'session_locked') useSessionStore.getState().markLocked('idle');
    if (error.code === 'unauthenticated' && useSessionStore.getState().phase === 'active') {
      useSessionStore.getState().markSignedOut();
    }
  });
  return () => {
    offLocked();
    offChanged();
    offError();
  };
}
