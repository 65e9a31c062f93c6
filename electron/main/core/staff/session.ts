import type { Role } from '../../../../shared/domain/roles';
import type { SessionState } from '../../../../shared/domain/session-state';
import type { Clock } from '../ports';

export type SessionStaff = { readonly staffId: string; readonly role: Role; readonly displayName: string };
export type { SessionState };
export type LockReason = 'idle' | 'signOut' | 'manual';

/** PCI DSS 8.2.8: re-authenticate after at most 15 minutes idle. */
export const IDLE_LOCK_MS_MAX = 15 * 60 * 1000;

/** 1 to 15 minutes; NaN would never lock (`x >= NaN` is false), so it falls back to the maximum. */
function clampIdleLockMs(ms: number): number {
  return Number.isNaN(ms) ? IDLE_LOCK_MS_MAX : Math.max(60_000, Math.min(ms, IDLE_LOCK_MS_MAX));
}

/**
 * The terminal's one staff session, held in main. The renderer never names a staff member: every
 * call's caller comes from here. Locking keeps who was signed in (the sale in progress stays);
 * only that person's secret unlocks it, or a sign-out ends it.
 */
export class StaffSession {
  private staff: SessionStaff | null = null;
  private locked = false;
  private lastActivityMs = 0;
  private idleLockMs: number;
  private readonly endListeners: (() => void)[] = [];

  constructor(
    private readonly clock: Clock,
    idleLockMs: number,
    private readonly onLock: (reason: LockReason) => void = () => undefined,
  ) {
    this.idleLockMs = clampIdleLockMs(idleLockMs);
  }

  state(): SessionState {
    this.lockIfIdle();
    if (!this.staff) return 'signedOut';
    return this.locked ? 'locked' : 'active';
  }

  /** The caller for an authorised call, or null when nobody is signed in or the session is locked. */
  activeStaff(): SessionStaff | null {
    return this.state() === 'active' ? this.staff : null;
  }

  /** Who holds the session, locked or not (the unlock call checks the secret against them). */
  holder(): SessionStaff | null {
    return this.staff;
  }

  idleMs(): number {
    return this.idleLockMs;
  }

  setIdleLockMs(ms: number): void {
    this.idleLockMs = clampIdleLockMs(ms);
  }

  /**
   * `listener` runs whenever the current holder's unlocked session ends: sign-out, any lock, or
   * a sign-in that replaces it. What was granted to that session (approvals) dies with it.
   */
  onSessionEnd(listener: () => void): void {
    this.endListeners.push(listener);
  }

  signIn(staff: SessionStaff): void {
    if (this.staff) this.ended();
    this.staff = staff;
    this.locked = false;
    this.lastActivityMs = this.clock.nowMs();
  }

  unlock(): void {
    this.locked = false;
    this.lastActivityMs = this.clock.nowMs();
  }

  lock(reason: LockReason): void {
    if (!this.staff || this.locked) return;
    this.locked = true;
    this.ended();
    this.onLock(reason);
  }

  signOut(): void {
    const had = this.staff !== null;
    this.staff = null;
    this.locked = false;
    if (had) {
      this.ended();
      this.onLock('signOut');
    }
  }

  private ended(): void {
    for (const listener of this.endListeners) listener();
  }

  touch(): void {
    if (this.state() === 'active') this.lastActivityMs = this.clock.nowMs();
  }

  /** Called on every call and by a timer, so the lock happens even when nobody calls. */
  lockIfIdle(): void {
    if (this.staff && !this.locked && this.clock.nowMs() - this.lastActivityMs >= this.idleLockMs) {
      this.lock('idle');
    }
  }
}
