/** Time comes in through a port so tests can fix it and the sweeper can be driven. */
export type Clock = { nowMs(): number };

export const systemClock: Clock = { nowMs: () => Date.now() };
