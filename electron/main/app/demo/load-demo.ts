import { randomInt } from 'node:crypto';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import type { DemoCall } from './demo-call';
import type { DemoClock } from './demo-clock';
import { seededRandom } from './demo-random';
import { seedDemoShop } from './seed-demo';

/** `call` reaches the dispatch on the transport the request came in on (ipc or http). */
export type LoadDemo = (input: Input<'setup.loadDemo'>, call: DemoCall) => Promise<Result<Output<'setup.loadDemo'>>>;

export type LoadDemoPorts = {
  readonly clock: DemoClock;
  /** A fresh seed per shop, so no two demo shops share PINs. */
  readonly seed?: () => number;
};

/**
 * First-run setup's "Load demo data": an empty terminal becomes the demo shop through the same
 * seeding as `serve --demo` (app/demo/seed-demo.ts). A second press while it runs gets the same
 * answer (one shop); once any setup is done it is refused, so demo data never joins a real shop.
 */
export function loadDemo(ports: LoadDemoPorts): LoadDemo {
  let running: Promise<Result<Output<'setup.loadDemo'>>> | undefined;
  return (input, call) => {
    running ??= seedOnce(ports, call, input).finally(() => {
      running = undefined;
    });
    return running;
  };
}

async function seedOnce(ports: LoadDemoPorts, call: DemoCall, input: Input<'setup.loadDemo'>): Promise<Result<Output<'setup.loadDemo'>>> {
  const status = await call('system.status', {});
  if (!status.ok) return status;
  if (status.value.setupDone) return err('setup_already_done', 'this terminal is already set up; demo data is only loaded into an empty one');
  const seed = (ports.seed ?? (() => randomInt(2 ** 31)))();
  try {
    const shop = await seedDemoShop({ call, clock: ports.clock, random: seededRandom(seed), locale: input.locale }, ports.clock.nowMs());
    return ok({
      staff: shop.staff.map((s) => ({ role: s.role, displayName: s.displayName, staffCode: s.staffCode, pin: s.secret })),
      customers: shop.customers.map((c) => ({ displayName: c.displayName, walletAddress: c.walletAddress })),
      products: shop.products,
      sales: shop.sales,
      zReports: shop.zReports,
    });
  } finally {
    // A failed step throws (dispatch answers internal and logs the call and its code); what was
    // made stays, flagged demo, and the merchant starts again with an empty data directory.
    ports.clock.release();
    await call('staff.signOut', {});
  }
}
