import { join } from 'node:path';
import { newId } from '../../shared/domain/ids';
import type { PricedCart } from '../../shared/domain/sales/priced-cart';
import { createTestApp, expectOk, setupWithStaff } from '../support/test-app';
import { cartOf, seedProducts } from '../app/sales/sales-fixture';
import { BareDb } from './bare';
import { BENCH_PIN, NO_LIMITS } from './card-fixture';
import { result, type BenchConfig, type BenchResult } from './config';
import { assertSamePragmas, bareCommitRunner } from './fixture';
import { alternate, median, spread, timed } from './stats';

const LINES = 10;
const CARD_PART_MINOR = 1_000;

/**
 * B12: counter sales completed per second, each with 10 lines and a split tender (cash + a
 * Tillbook card), through the real dispatch of a real app: `cards.authorize` of the card part
 * (PIN at the test cost) then `sales.complete` (re-priced in core, the hold posted, the drawer,
 * tax payable per rate, the receipt number, the sale rows and record: one durable commit). Two
 * commits per sale. Bare: BEGIN IMMEDIATE; one-row INSERT; COMMIT, as B1. The ratio is printed
 * for the record; the goal (0.1) is informational, never asserted by a test.
 */
export async function benchB12(config: BenchConfig): Promise<BenchResult> {
  const { sales, warmup } = config.b12;
  const t = await createTestApp();
  const bare = await BareDb.open(join(config.dir, 'b12-bare.db'), config.key);
  try {
    await assertSamePragmas(t.db, bare);
    await setupWithStaff(t, []);
    const products = await seedProducts(t.db, Array.from({ length: LINES }, (_, i) => ({
      sku: `B12-${i}`, name: `Bench item ${i}`, priceMinor: 300 + i * 17, taxClass: i % 2 === 0 ? 'standard' : 'reduced',
    })));
    expectOk(await t.call('shifts.open', { shiftId: newId(), floatMinor: 100_000 }));
    const programId = newId();
    expectOk(await t.call('cards.createProgram', { programId, name: 'Bench card', bin: '62800124', panLength: 16, expiryMonths: 36, currency: 'CNY', limits: NO_LIMITS }));
    const customer = expectOk<{ wallet: { id: string } }>(await t.call('customers.create', { id: newId(), displayName: 'Bench Customer' }));
    const cardId = newId();
    expectOk(await t.call('cards.issue', { cardId, walletId: customer.wallet.id, programId }));
    expectOk(await t.call('cards.activate', { cardId, pin: BENCH_PIN }));
    expectOk(await t.call('cards.topUp', { operationId: newId(), cardId, amountMinor: 100_000_000_000, tender: { kind: 'cash' } }));
    const total = expectOk<PricedCart>(await t.call('sales.price', { cart: cartOf(products) })).totalMinor;
    const sell = async () => {
      const hold = expectOk<{ authorizationId: string }>(await t.call('cards.authorize', {
        operationId: newId(), card: { by: 'id', cardId }, pin: BENCH_PIN, amountMinor: CARD_PART_MINOR,
      }));
      expectOk(await t.call('sales.complete', {
        saleId: newId(), cart: cartOf(products), expectedTotalMinor: total,
        tenders: [{ kind: 'card', tenderId: newId(), authorizationId: hold.authorizationId }, { kind: 'cash', tenderId: newId(), amountMinor: total }],
      }));
    };
    const runBare = await bareCommitRunner(bare);
    const runOurs = async (n: number) => (n / (await timed(async () => { for (let i = 0; i < n; i += 1) await sell(); }))) * 1000;
    await runOurs(warmup);
    await runBare(warmup);
    const reps = await alternate(config.reps, () => runOurs(sales), () => runBare(sales));
    return result({
      id: 'B12',
      title: `sale completion (${LINES} lines, cash + card: authorize + complete) vs bare 1-row txn`,
      ours: median(reps.ours), bare: median(reps.bare), unit: 'sales/s', goal: { op: '>=', value: 0.1 },
      notes: [`${config.reps} reps × ${sales} sales; ours ${spread(reps.ours)}/s, bare ${spread(reps.bare)} commits/s; two commits per sale (the card's hold, then the sale)`],
    });
  } finally {
    await bare.close();
    await t.close();
  }
}
