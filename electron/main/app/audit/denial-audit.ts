import type { Clock } from '../../core/ports';
import type { RecordAudit } from './record-audit';

/** A call refused before it ran: by the session or role gate, or by the attempt limit. */
export type Denial = {
  readonly method: string;
  readonly code: string;
  readonly staffId: string | null;
  readonly origin: string;
};

/** Runs `run` once after `ms` unless cancelled; injectable so tests drive the window by hand. */
export type Scheduler = (run: () => void, ms: number) => { cancel(): void };

export const timerScheduler: Scheduler = (run, ms) => {
  const timer = setTimeout(run, ms);
  timer.unref();
  return { cancel: () => clearTimeout(timer) };
};

export const DENIAL_WINDOW_MS = 60_000;
/** Distinct (method, code, staff, origin) windows held at once; beyond that rows are written one by one. */
const OPEN_WINDOWS_MAX = 1000;

export type DenialAudit = {
  /** Audits one refusal: written at once if it opens a window, otherwise counted. */
  record(denial: Denial): Promise<void>;
  /** Writes every pending count now (the app calls it on close, before the database closes). */
  flush(): Promise<void>;
};

type Window = { readonly denial: Denial; sinceMs: number; repeated: number; timer: { cancel(): void } };

/**
 * Refusals, coalesced (docs/security.md §8): a flood of refused calls must not write one permanent
 * journal row each. The first refusal of a kind (method, code, staff member, origin) is written at
 * once; the ones after it within the window are counted and written as ONE `audit.accessDenied`
 * row with `repeated` and `sinceMs` when the window ends. A window with nothing counted closes;
 * one that counted opens the next, so a steady flood costs one row per kind per window. Nothing is
 * lost: `flush` writes every count, and the app calls it on close.
 */
export function denialAudit(ports: {
  readonly audit: RecordAudit; readonly clock: Clock; readonly schedule?: Scheduler; readonly windowMs?: number;
  readonly log: { error(message: string, detail: Record<string, unknown>): void };
}): DenialAudit {
  const schedule = ports.schedule ?? timerScheduler;
  const windowMs = ports.windowMs ?? DENIAL_WINDOW_MS;
  const open = new Map<string, Window>();
  const writing = new Set<Promise<void>>();

  const write = (denial: Denial, repeat?: { repeated: number; sinceMs: number }) => ports.audit({
    kind: 'audit.accessDenied', staffId: denial.staffId, origin: denial.origin,
    detail: { method: denial.method, code: denial.code, reason: null, ...(repeat ?? {}) },
  });

  const startWindow = (key: string, denial: Denial, sinceMs: number, repeated: number): void => {
    const window: Window = { denial, sinceMs, repeated, timer: { cancel: () => undefined } };
    window.timer = schedule(() => endWindow(key, window), windowMs);
    open.set(key, window);
  };

  const flushWindow = (key: string, window: Window): Promise<void> | undefined => {
    window.timer.cancel();
    open.delete(key);
    if (window.repeated === 0) return undefined;
    const pending = write(window.denial, { repeated: window.repeated, sinceMs: window.sinceMs })
      .catch((error: unknown) => ports.log.error('audit of coalesced refusals failed', {
        method: window.denial.method, code: window.denial.code, repeated: window.repeated,
        error: error instanceof Error ? error.message : String(error),
      }))
      .finally(() => writing.delete(pending));
    writing.add(pending);
    return pending;
  };

  const endWindow = (key: string, window: Window): void => {
    if (open.get(key) !== window) return;
    const counted = window.repeated > 0;
    void flushWindow(key, window);
    // Still flooding: the next window counts from now and writes only its own total.
    if (counted) startWindow(key, window.denial, ports.clock.nowMs(), 0);
  };

  return {
    async record(denial) {
      const key = JSON.stringify([denial.method, denial.code, denial.staffId, denial.origin]);
      const window = open.get(key);
      if (window) {
        if (window.repeated === 0) window.sinceMs = ports.clock.nowMs();
        window.repeated += 1;
        return;
      }
      if (open.size < OPEN_WINDOWS_MAX) startWindow(key, denial, ports.clock.nowMs(), 0);
      await write(denial);
    },
    async flush() {
      for (const [key, window] of [...open]) void flushWindow(key, window);
      await Promise.all([...writing]);
    },
  };
}
