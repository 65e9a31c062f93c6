import { create } from 'zustand';

import type { Output } from '../../../shared/ipc/contract';
import type { Role } from '../../../shared/ipc/schemas';
import { resetSessionStores } from '../lib/session-scope';

export type SessionView = Output<'staff.session'>;
export type SessionStaff = NonNullable<SessionView['staff']>;
export type SessionPhase = 'unknown' | SessionView['state'];
export type LockReason = 'idle' | 'manual';

/** Fallback until main tells us (PCI DSS 8.2.8: at most 15 minutes). */
export const DEFAULT_IDLE_LOCK_MS = 15 * 60 * 1000;

export type SessionState = {
  readonly phase: SessionPhase;
  readonly staff: SessionStaff | null;
  readonly idleLockMs: number;
  readonly lockReason: LockReason | null;
  applyView(view: SessionView): void;
  markLocked(reason: LockReason): void;
  markSignedOut(): void;
};

/** Entering one of these phases resets every session-scoped store (lib/session-scope.ts). */
const CLOSED_PHASES: ReadonlySet<SessionPhase> = new Set(['locked', 'signedOut']);

export const useSessionStore = create<SessionState>()((rawSet, get) => {
  // every phase change goes through here, whichever path caused it (action, event, error)
  const set = (partial: Partial<SessionState> | ((state: SessionState) => Partial<SessionState>)): void => {
    const before = get().phase;
    rawSet(partial);
    const after = get().phase;
    if (after !== before && CLOSED_PHASES.has(after)) resetSessionStores();
  };
  return {
    phase: 'unknown',
    staff: null,
    idleLockMs: DEFAULT_IDLE_LOCK_MS,
    lockReason: null,
    applyView: (view) =>
      set((prev) => ({
        phase: view.state,
        // a locked view may omit who is signed in; the lock screen still needs the name
        staff: view.staff ?? (view.state === 'locked' ? prev.staff : null),
        idleLockMs: view.idleLockMs,
        lockReason: view.state === 'locked' ? (prev.lockReason ?? 'idle') : null,
      })),
    markLocked: (reason) =>
      set((prev) => (prev.phase === 'active' || prev.phase === 'locked' ? { phase: 'locked', lockReason: reason } : {})),
    markSignedOut: () => set({ phase: 'signedOut', staff: null, lockReason: null }),
  };
});

/** Managers and owners may change settings; cashiers see them read-only. */
export function canManage(role: Role | null | undefined): boolean {
  return role === 'manager' || role === 'owner';
}
