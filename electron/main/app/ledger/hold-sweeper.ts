import type { ExpireHolds } from './expire-holds';

/** The actor of writes the app makes by itself (the expiry sweep): no staff member. */
export const SYSTEM_ACTOR = { staffId: 'system' } as const;

export type HoldSweeper = {
  /** One sweep now (what the timer runs); resolves to the number of holds expired. */
  sweep(): Promise<number>;
  stop(): void;
};

export type SweeperLog = { error(message: string, detail: Record<string, unknown>): void };

/**
 * Expires due holds on a timer, in the app (Electron and web host alike), each sweep journaled
 * like any batch. The clock that decides what is due is the ledger's own (injectable); the timer
 * only decides how often to look. Sweeps never overlap.
 */
export function startHoldSweeper(expire: ExpireHolds, intervalMs: number, log: SweeperLog): HoldSweeper {
  let running: Promise<number> | null = null;
  const sweep = (): Promise<number> => {
    running ??= expire(SYSTEM_ACTOR)
      .then((result) => (result.ok ? result.value.expired : 0))
      .catch((error: unknown) => {
        log.error('hold sweep failed', { error: error instanceof Error ? error.message : String(error) });
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
