import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newId } from '../../../shared/domain/ids';
import type { Result } from '../../../shared/domain/result';
import { memorySettingsStore } from '../../../electron/main/core/settings/settings-store';
import { fcSeed } from '../../support/fc-seed';
import type { Database } from '../../../electron/main/db/connection';
import { setupWithStaff, type StaffSeed, type TestApp } from '../../support/test-app';
import { FixedClock, tempDir } from '../../support/test-db';
import { cartOf, code, newKeys, openAt, OWNER, salesWorld, seedProducts, signInAs, STANDARD_PRODUCTS, worldOn, type SalesWorld } from './sales-fixture';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Enough of a TestApp over an app opened at a kept data dir for the sales fixture. */
function asTestApp(opened: Awaited<ReturnType<typeof openAt>>, clock: FixedClock): TestApp {
  return {
    app: opened.app, db: opened.db, clock, call: (key: string, input: unknown) => opened.app.dispatch(key, input, 'ipc'),
  } as unknown as TestApp;
}

type Restartable = {
  readonly w: SalesWorld;
  /** Closes the app and opens the same data dir again (same keys, clock and settings), the owner signed in. */
  restart(): Promise<{ t: TestApp; db: Database }>;
};

/** A shop on a kept data dir (the owner, `staff`, the standard products, an open shift if asked) that can be restarted. */
async function restartableShop(prefix: string, options: { staff?: readonly Omit<StaffSeed, 'id'>[]; products?: boolean; shift?: boolean } = {}): Promise<Restartable> {
  const { dir, cleanup } = tempDir(prefix);
  cleanups.push(cleanup);
  const keys = newKeys();
  const clock = new FixedClock();
  const settings = memorySettingsStore();
  const first = await openAt(dir, keys, clock, settings);
  const t1 = asTestApp(first, clock);
  const { owner } = await setupWithStaff(t1, options.staff ?? []);
  const products = options.products === false ? [] : await seedProducts(first.db, STANDARD_PRODUCTS);
  const w = await worldOn(t1, owner, products, options.shift ?? false);
  return {
    w,
    restart: async () => {
      await first.close();
      const second = await openAt(dir, keys, clock, settings);
      cleanups.push(() => second.close());
      const t = asTestApp(second, clock);
      await signInAs(t, OWNER);
      return { t, db: second.db };
    },
  };
}

describe('completing a sale survives a crash and numbers receipts without gaps', () => {
  it('a retry after the app died between commit and reply replays the one sale (same data dir reopened)', async () => {
    const { w, restart } = await restartableShop('tillbook-sales-', { staff: [{ staffCode: 'mgr1', secret: '135792', role: 'manager' }], shift: true });
    const cart = cartOf(w.products, [1, 2, 3]);
    const priced = await w.price(cart);
    const input = { saleId: newId(), cart, expectedTotalMinor: priced.totalMinor, tenders: [{ kind: 'cash', tenderId: newId(), amountMinor: 20_000 }] };
    // The reply is lost: the app is closed as soon as the call resolves, before anyone reads it.
    const lost = await w.t.call('sales.complete', input);
    const { t: t2, db: second } = await restart();
    const retried = await t2.call('sales.complete', input);
    expect(retried).toEqual(lost.ok ? { ok: true, value: { ...lost.value as object, replayed: true } } : lost);
    const counts = await second.tx.read((tx) => tx.get("SELECT (SELECT count(*) FROM sale) AS sales, (SELECT count(*) FROM journal WHERE kind = 'sale.completed') AS records"));
    expect(counts).toEqual({ sales: 1, records: 1 });
  });

  it('a provider payment left unknown by a timeout is looked up after a restart (the simulator remembers)', async () => {
    const { w, restart } = await restartableShop('tillbook-pay-', { products: false });
    const paymentId = newId();
    await w.ok('payments.simulatorNext', { outcome: 'timeout' });
    expect(await w.ok('payments.request', { paymentId, saleId: newId(), method: 'alipay', amountMinor: 3_300, currency: 'CNY' })).toMatchObject({ status: 'unknown' });
    const { t: t2 } = await restart();
    const looked = (await t2.call('payments.lookup', { paymentId })) as Result<{ status: string; providerReference: string | null }>;
    expect(looked.ok && looked.value).toMatchObject({ status: 'approved', providerReference: expect.stringMatching(/^SIM-/u) });
  });

  it('parked carts survive a restart (reopened data dir), then resume once', async () => {
    const { w, restart } = await restartableShop('tillbook-park-');
    const cart = cartOf(w.products, [1, 1, 4]);
    await w.ok('sales.park', { cart, label: 'Mrs Li' });
    const { t: t2 } = await restart();
    const listed = (await t2.call('sales.parked', {})) as Result<{ carts: { cartId: string; label: string; lineCount: number }[] }>;
    expect(listed.ok && listed.value.carts).toEqual([expect.objectContaining({ cartId: cart.cartId, label: 'Mrs Li', lineCount: 3 })]);
    const resumed = (await t2.call('sales.resume', { cartId: cart.cartId })) as Result<{ cart: unknown }>;
    expect(resumed.ok && resumed.value.cart).toEqual(cart);
    expect(code(await t2.call('sales.resume', { cartId: cart.cartId }))).toBe('parked_cart_not_found');
  });

  it('property: receipt numbers are 1..n with no gap and no reuse over random completions, repeats and refused attempts', async () => {
    const w: SalesWorld = await salesWorld();
    cleanups.push(() => w.t.close());
    const wallet = await w.walletWith(100);
    const cart = cartOf(w.products.slice(0, 1));
    const priced = await w.price(cart);
    const total = priced.totalMinor;
    const completedIds: string[] = [];
    const attempt = fc.constantFrom('sale', 'repeat', 'total_changed', 'short_cash', 'wallet_broke');
    await fc.assert(
      fc.asyncProperty(fc.array(attempt, { minLength: 1, maxLength: 12 }), async (attempts) => {
        for (const kind of attempts) {
          const cash = (amountMinor: number) => [{ kind: 'cash', tenderId: newId(), amountMinor }];
          if (kind === 'sale') {
            const saleId = newId();
            const fresh = cartOf(w.products.slice(0, 1));
            expect(code(await w.call('sales.complete', { saleId, cart: fresh, expectedTotalMinor: total, tenders: cash(total) }))).toBe('ok');
            completedIds.push(saleId);
          } else if (kind === 'repeat' && completedIds.length > 0) {
            const saleId = completedIds[completedIds.length - 1];
            expect(code(await w.call('sales.complete', { saleId, cart, expectedTotalMinor: total, tenders: cash(total) }))).toBe('id_exists_with_different_content');
          } else if (kind === 'total_changed') {
            expect(code(await w.call('sales.complete', { saleId: newId(), cart, expectedTotalMinor: total + 1, tenders: cash(total) }))).toBe('total_changed');
          } else if (kind === 'short_cash') {
            expect(code(await w.call('sales.complete', { saleId: newId(), cart, expectedTotalMinor: total, tenders: cash(total - 1) }))).toBe('tenders_mismatch');
          } else if (kind === 'wallet_broke') {
            const tenders = [{ kind: 'wallet', tenderId: newId(), walletAddress: wallet.address, amountMinor: total }];
            expect(code(await w.call('sales.complete', { saleId: newId(), cart, expectedTotalMinor: total, tenders }))).toBe('insufficient_funds');
          }
        }
        const rows = await w.t.db.tx.read((tx) => tx.all('SELECT receipt_no FROM sale ORDER BY receipt_no'));
        expect(rows.map((r) => r['receipt_no'])).toEqual(completedIds.map((_, i) => i + 1));
      }),
      { seed: fcSeed('sales receipt numbers'), numRuns: 15 },
    );
  });
});
