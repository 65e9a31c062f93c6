import type { DemoCall } from './demo-call';
import type { DemoClock } from './demo-clock';
import { seededRandom } from './demo-random';
import { seedDemoShop, type DemoShop } from './seed-demo';

export type DemoOutcome =
  | { readonly kind: 'seeded'; readonly shop: DemoShop }
  | { readonly kind: 'existing' }
  | { readonly kind: 'refused'; readonly message: string };

/**
 * `--demo` on an opened data directory: an empty one becomes the demo shop; a demo shop made
 * before is served as it is; a real shop's data is refused, so demo sales never mix into it.
 */
export async function prepareDemo(call: DemoCall, clock: DemoClock, seed: number): Promise<DemoOutcome> {
  const status = await call('system.status', {});
  if (!status.ok) return { kind: 'refused', message: `the data directory cannot be read (${status.error.code})` };
  if (status.value.demo === true) return { kind: 'existing' };
  if (status.value.setupDone) {
    return {
      kind: 'refused',
      message: 'this data directory holds a real shop; demo data is never mixed into it. Run --demo with an empty --data-dir (or without --data-dir for the demo directory)',
    };
  }
  return { kind: 'seeded', shop: await seedDemoShop({ call, clock, random: seededRandom(seed) }, clock.nowMs()) };
}

/** What the newcomer needs, printed once: who can sign in with which code and PIN. */
export function demoBanner(shop: DemoShop): string {
  const staff = shop.staff.map((s) => `  ${s.role.padEnd(8)} ${s.displayName.padEnd(14)} code ${s.staffCode.padEnd(6)} PIN ${s.secret}`);
  const wallets = shop.customers.map((c) => `  ${c.displayName}: wallet ${c.walletAddress}`);
  return [
    `Demo shop: ${shop.products} products, ${shop.sales} sales over the past week, ${shop.zReports} Z reports. These PINs are shown once:`,
    ...staff,
    'Customers:',
    ...wallets,
    '',
  ].join('\n');
}
