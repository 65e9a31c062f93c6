/**
 * Small deterministic PRNG (mulberry32): a failing random case replays from the printed seed.
 * The demo shop's (electron/main/app/demo/demo-random.ts) is the one implementation.
 */
export { seededRandom as prng } from '../../electron/main/app/demo/demo-random';
