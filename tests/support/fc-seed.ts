/**
 * Seed for a fast-check property, logged so a failing run can be replayed exactly with
 * FC_SEED=<n>. Defaults to a time-based seed so repeated runs explore new cases.
 */
export function fcSeed(name: string): number {
  const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31);
  console.log(`${name} fast-check seed=${seed}`);
  return seed;
}
