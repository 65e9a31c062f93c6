/** A small seeded PRNG (mulberry32) in [0, 1): the same seed makes the same demo shop. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The seed of `npm run serve -- --demo`: every newcomer gets the same shop. */
export const DEMO_SEED = 20_260_903;
