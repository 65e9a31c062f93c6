/** Runs slow hashing jobs with at most `slots` of them at once; the rest wait in arrival order. */
export type HashingSlots = <T>(job: () => Promise<T>) => Promise<T>;

/**
 * scrypt and SQLite share libuv's thread pool (4 threads by default). Unbounded parallel secret
 * checks occupy every thread, and then every database call, `system.status` included, waits
 * behind them. One slot leaves the other threads to the database.
 */
export const SECRET_HASHING_SLOTS = 1;

export function hashingSlots(slots: number = SECRET_HASHING_SLOTS): HashingSlots {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (job) => {
    // A finishing job hands its slot straight to the next waiter, so `running` never overshoots.
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await job();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
