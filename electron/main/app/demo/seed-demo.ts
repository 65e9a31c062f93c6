import { newId } from '../../../../shared/domain/ids';
import type { Input, MethodKey, Output } from '../../../../shared/ipc/contract';
import { demoCatalog, type DemoProduct } from './demo-catalog';
import { DemoSeedError, type DemoCall } from './demo-call';
import type { DemoClock } from './demo-clock';
import { demoStaff, type DemoStaff } from './demo-staff';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** The past days with sales; today gets an open shift and no sales (the newcomer makes them). */
export const DEMO_DAYS = 7;

export type DemoSeedPorts = {
  readonly call: DemoCall;
  /** The app's clock: set back to each past day while its sales are made. */
  readonly clock: DemoClock;
  /** A seeded PRNG in [0, 1): the same seed makes the same shop. */
  readonly random: () => number;
  /** The language the till speaks after setup (staff can change it in Settings). */
  readonly locale?: Input<'setup.complete'>['locale'];
};

export type DemoShop = {
  readonly staff: readonly DemoStaff[];
  readonly products: number;
  readonly customers: readonly { displayName: string; walletAddress: string }[];
  readonly sales: number;
  readonly zReports: number;
};

/** A session that signs in again (or unlocks) when the seeding's jumps in time locked it. */
function sessionCalls(call: DemoCall) {
  let current: DemoStaff | undefined;
  const must = async <K extends MethodKey>(key: K, input: Input<K>): Promise<Output<K>> => {
    let reply = await call(key, input);
    if (!reply.ok && current !== undefined && (reply.error.code === 'session_locked' || reply.error.code === 'unauthenticated')) {
      await call('staff.signIn', { staffCode: current.staffCode, secret: current.secret });
      reply = await call(key, input);
    }
    if (!reply.ok) throw new DemoSeedError(key, reply.error.code, reply.error.message);
    return reply.value;
  };
  const signIn = async (who: DemoStaff): Promise<void> => {
    current = who;
    await must('staff.signIn', { staffCode: who.staffCode, secret: who.secret });
  };
  return { must, signIn, signOut: async () => void (await call('staff.signOut', {})) };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/**
 * A demo shop in an empty data directory (issue 9 §7), through the contract only: setup flagged
 * as a demo, staff of each role, ~200 products, customers with wallet balances, and a week of
 * shifts with sales, each closed with its Z report, dated by setting the clock back. Returns what
 * the newcomer needs (staff codes and PINs, shown once by the caller).
 */
export async function seedDemoShop(ports: DemoSeedPorts, realNowMs: number): Promise<DemoShop> {
  const { clock, random } = ports;
  const staff = demoStaff(random);
  const [owner, manager, ...cashiers] = staff as [DemoStaff, DemoStaff, ...DemoStaff[]];
  const s = sessionCalls(ports.call);
  const firstDay = Math.floor(realNowMs / DAY_MS) * DAY_MS - DEMO_DAYS * DAY_MS;
  clock.set(firstDay + 7 * 60 * MINUTE_MS);

  await s.must('setup.complete', {
    merchantName: 'Tillbook Demo Shop', terminalName: 'Demo till', currency: 'CNY', locale: ports.locale ?? 'en', taxProfile: 'none', demo: true,
    owner: { displayName: owner.displayName, staffCode: owner.staffCode, secretKind: 'pin', secret: owner.secret },
  });
  await s.signIn(owner);
  for (const person of [manager, ...cashiers]) {
    await s.must('staff.create', { displayName: person.displayName, staffCode: person.staffCode, role: person.role, secretKind: 'pin', secret: person.secret });
  }
  const products = await seedCatalog(s.must, random);
  const customers = await seedCustomers(s.must);

  let sales = 0;
  let zReports = 0;
  for (let day = 0; day < DEMO_DAYS; day += 1) {
    clock.set(firstDay + day * DAY_MS + 9 * 60 * MINUTE_MS);
    await s.signIn(pick(random, cashiers));
    const shiftId = newId();
    await s.must('shifts.open', { shiftId, floatMinor: 50_000 });
    const count = 8 + Math.floor(random() * 12);
    for (let i = 0; i < count; i += 1) {
      // Under the 15-minute idle lock, so the cashier's session stays open between sales.
      clock.advance((4 + Math.floor(random() * 10)) * MINUTE_MS);
      await sellOne(s.must, products, random);
      sales += 1;
    }
    clock.advance(10 * MINUTE_MS);
    const x = await s.must('shifts.xReport', {});
    await s.must('shifts.close', { shiftId, countedCashMinor: Math.max(0, x.drawer.expectedMinor), confirmUnsynced: true });
    zReports += 1;
  }
  clock.release();
  // Today: the till is open, ready for the newcomer's first sale.
  await s.signIn(pick(random, cashiers));
  await s.must('shifts.open', { shiftId: newId(), floatMinor: 50_000 });
  await s.signOut();
  return { staff, products: products.length, customers, sales, zReports };
}

type Must = ReturnType<typeof sessionCalls>['must'];
type Stocked = DemoProduct & { readonly productId: string };

async function seedCatalog(must: Must, random: () => number): Promise<Stocked[]> {
  const stocked: Stocked[] = [];
  for (const category of demoCatalog(random)) {
    const categoryId = newId();
    await must('catalog.upsertCategory', { categoryId, name: category.name });
    for (const product of category.products) {
      const productId = newId();
      await must('catalog.upsertProduct', {
        productId, sku: product.sku, name: product.name, categoryId, barcodes: [product.barcode], taxClass: 'standard', unit: 'each',
        active: true, prices: [{ currency: 'CNY', unitPriceMinor: product.unitPriceMinor }],
      });
      stocked.push({ ...product, productId });
    }
  }
  return stocked;
}

const CUSTOMERS = [
  { displayName: 'Wang Fang 王芳', topUpMinor: 20_000 },
  { displayName: 'Li Wei 李伟', topUpMinor: 50_000 },
  { displayName: 'Anna Schmidt', topUpMinor: 8_800 },
];

/** A few customers, each with a wallet holding a cash top-up. */
async function seedCustomers(must: Must): Promise<{ displayName: string; walletAddress: string }[]> {
  const made: { displayName: string; walletAddress: string }[] = [];
  for (const customer of CUSTOMERS) {
    const created = await must('customers.create', { id: newId(), displayName: customer.displayName });
    await must('wallets.topUp', { operationId: newId(), walletId: created.wallet.id, currency: 'CNY', amountMinor: customer.topUpMinor, tender: { kind: 'cash' } });
    made.push({ displayName: customer.displayName, walletAddress: created.wallet.addressText });
  }
  return made;
}

/** One sale of 1–5 random lines: priced by core, paid in cash (rounded up) or on the shop's card terminal. */
async function sellOne(must: Must, products: readonly Stocked[], random: () => number): Promise<void> {
  const lineCount = 1 + Math.floor(random() * 5);
  const cart = {
    cartId: newId(), currency: 'CNY',
    lines: Array.from({ length: lineCount }, () => ({ lineId: newId(), productId: pick(random, products).productId, quantityMilli: (1 + Math.floor(random() * 3)) * 1000 })),
  };
  const priced = await must('sales.price', { cart });
  const tender = random() < 0.7
    ? { kind: 'cash' as const, tenderId: newId(), amountMinor: Math.ceil(priced.cashTotalMinor / 1000) * 1000 }
    : { kind: 'external_card' as const, tenderId: newId(), amountMinor: priced.totalMinor, approvalCode: `D${Math.floor(random() * 1e6)}` };
  await must('sales.complete', { saleId: newId(), cart, expectedTotalMinor: priced.totalMinor, tenders: [tender] });
}
