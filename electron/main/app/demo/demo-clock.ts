import type { Clock } from '../../core/ports';

/** A clock the demo seeding sets back in time; released, it is the base clock again. */
export type DemoClock = Clock & {
  /** From now on the clock reads `atMs` (and what `advance` adds), until `release`. */
  set(atMs: number): void;
  advance(ms: number): void;
  release(): void;
};

/**
 * The app's clock while a demo shop is seeded: the past week's sales are made "then", through the
 * same use cases as a real sale, so every time stamp, shift and Z report is dated in that week.
 * Only ever moved forward by the seeding, and released before anyone else uses the app.
 */
export function demoClock(base: Clock): DemoClock {
  let pinned: number | undefined;
  return {
    nowMs: () => pinned ?? base.nowMs(),
    set: (atMs) => {
      pinned = atMs;
    },
    advance: (ms) => {
      if (pinned !== undefined) pinned += ms;
    },
    release: () => {
      pinned = undefined;
    },
  };
}
