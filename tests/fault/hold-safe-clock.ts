import type { Clock } from '../../electron/main/core/ports';

/**
 * Wall time that never reaches the expiry of a hold still on its way to the ledger. `holdExpiry`
 * pins the expiry it hands out until `release`: while pinned, `nowMs` stays below it, so the
 * ledger validates the hold before it can expire however late its turn comes. Once released,
 * time catches up with the wall clock (and so does expiry). Monotonic; a new process starts at
 * wall time, so time also moves forward from round to round.
 */
export class HoldSafeClock implements Clock {
  private last = 0;
  private readonly pinned = new Map<number, number>();

  constructor(private readonly wallMs: () => number = Date.now) {}

  nowMs(): number {
    let now = this.wallMs();
    for (const expiry of this.pinned.keys()) now = Math.min(now, expiry - 1);
    this.last = Math.max(this.last, now);
    return this.last;
  }

  /** An expiry `aheadMs` (≥ 1) from now that time will not reach before `release(expiry)`. */
  holdExpiry(aheadMs: number): number {
    const expiry = this.nowMs() + Math.max(1, aheadMs);
    this.pinned.set(expiry, (this.pinned.get(expiry) ?? 0) + 1);
    return expiry;
  }

  release(expiry: number): void {
    const count = this.pinned.get(expiry) ?? 0;
    if (count <= 1) this.pinned.delete(expiry);
    else this.pinned.set(expiry, count - 1);
  }
}
