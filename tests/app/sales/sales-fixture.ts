import { randomBytes } from 'node:crypto';
import { EventHub } from '../../../electron/main/app/event-sink';
import { fixedKeys, openApp } from '../../../electron/main/app/open-data-dir';
import { memorySettingsStore } from '../../../electron/main/core/settings/settings-store';
import { createApp, type App } from '../../../electron/main/ipc/handlers/create-app';
import type { Database } from '../../../electron/main/db/connection';
import { int } from '../../../electron/main/db/sql-value';
import { newId, uuidToBytes } from '../../../shared/domain/ids';
import type { Result } from '../../../shared/domain/result';
import type { PricedCart } from '../../../shared/domain/sales/priced-cart';
import { refundApproval, voidApproval } from '../../../shared/ipc/contract/sales-domain';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import { expectOk, OWNER, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';
import { createTestApp } from '../../support/test-app';
import type { FixedClock } from '../../support/test-db';
import { setUpCard } from '../../ipc/reach/card-world';

export const MANAGER = { staffCode: 'mgr1', secret: '135792' } as const;
export const code = (r: Result<unknown>): string => (r.ok ? 'ok' : r.error.code);

export type Product = { readonly productId: string; readonly sku: string; readonly name: string; readonly priceMinor: number; readonly taxClass: string };

/** Catalog rows written directly (the sales tests do not depend on the catalog's use cases). */
export async function seedProducts(db: Database, products: readonly Omit<Product, 'productId'>[], currency = 'CNY'): Promise<Product[]> {
  const out: Product[] = [];
  await db.tx.write(async (tx) => {
    for (const p of products) {
      const productId = newId();
      await tx.run(
        "INSERT INTO product (id, sku, name, category_id, tax_class, unit, active, created_at_ms, updated_at_ms) VALUES (?, ?, ?, NULL, ?, 'each', 1, 0, 0)",
        [uuidToBytes(productId), p.sku, p.name, p.taxClass],
      );
      await tx.run('INSERT INTO product_price (product_id, currency, unit_price_minor, updated_at_ms) VALUES (?, ?, ?, 0)', [
        uuidToBytes(productId), currency, int(p.priceMinor),
      ]);
      out.push({ ...p, productId });
    }
  });
  return out;
}

export const STANDARD_PRODUCTS = [
  { sku: 'TEA-1', name: 'Green tea', priceMinor: 1_250, taxClass: 'standard' },
  { sku: 'RICE-5', name: 'Rice 5 kg', priceMinor: 4_999, taxClass: 'reduced' },
  { sku: 'SVC-1', name: 'Gift wrap', priceMinor: 300, taxClass: 'services' },
] as const;

export type CartLine = { lineId: string; productId: string; quantityMilli: number; overrideId?: string };
export type Cart = { cartId: string; currency: string; lines: CartLine[] };

export function cartOf(products: readonly Product[], quantities: readonly number[] = products.map(() => 1)): Cart {
  return {
    cartId: newId(), currency: 'CNY',
    lines: products.map((p, i) => ({ lineId: newId(), productId: p.productId, quantityMilli: (quantities[i] ?? 1) * 1000 })),
  };
}

/** A shop (CNY, China VAT by default), the owner signed in, a manager for approvals, products and an open shift. */
export type SalesWorld = {
  readonly t: TestApp;
  readonly owner: StaffSeed;
  readonly products: Product[];
  call<T = unknown>(key: string, input: unknown): Promise<Result<T>>;
  ok<T = unknown>(key: string, input: unknown): Promise<T>;
  price(cart: Cart): Promise<PricedCart>;
  approval(request: { action: string; subject: string }): Promise<string>;
  refundGrant(saleId: string, refundId: string): Promise<string>;
  voidGrant(saleId: string, voidId: string): Promise<string>;
  /** A card with `topUpMinor` on it and an authorisation of `amountMinor`. */
  cardAuthorization(amountMinor: number, topUpMinor?: number): Promise<{ cardId: string; authorizationId: string }>;
  /** A wallet holding `amountMinor` CNY, and its address. */
  walletWith(amountMinor: number): Promise<{ walletId: string; address: string }>;
  openShift(): Promise<string>;
};

export async function salesWorld(options: { shift?: boolean; t?: TestApp } = {}): Promise<SalesWorld> {
  const t = options.t ?? (await createTestApp());
  const { owner } = await setupWithStaff(t, [{ ...MANAGER, role: 'manager' }]);
  return worldOn(t, owner, await seedProducts(t.db, STANDARD_PRODUCTS), options.shift ?? true);
}

export async function worldOn(t: TestApp, owner: StaffSeed, products: Product[], shift: boolean): Promise<SalesWorld> {
  const call = <T>(key: string, input: unknown) => t.call(key, input) as Promise<Result<T>>;
  const ok = async <T>(key: string, input: unknown) => expectOk<T>(await t.call(key, input));
  const approval = async (request: { action: string; subject: string }) =>
    expectOk<{ approvalId: string }>(await t.call('approval.grant', { request, managerCode: MANAGER.staffCode, managerSecret: MANAGER.secret })).approvalId;
  const world: SalesWorld = {
    t, owner, products, call, ok,
    price: async (cart) => ok<PricedCart>('sales.price', { cart }),
    approval,
    refundGrant: (saleId, refundId) => approval(refundApproval({ saleId, refundId })),
    voidGrant: (saleId, voidId) => approval(voidApproval({ saleId, voidId })),
    cardAuthorization: async (amountMinor, topUpMinor = 100_000) => {
      const card = await setUpCard(call, (await seedCustomerAndWallet(t)).walletId, { topUpMinor });
      const auth = await ok<{ authorizationId: string }>('cards.authorize', {
        operationId: newId(), card: { by: 'id', cardId: card.cardId }, pin: '1234', amountMinor,
      });
      return { cardId: card.cardId, authorizationId: auth.authorizationId };
    },
    walletWith: async (amountMinor) => {
      const { walletId } = await seedCustomerAndWallet(t);
      await ok('wallets.topUp', { operationId: newId(), walletId, currency: 'CNY', amountMinor, tender: { kind: 'cash' } });
      const row = await t.db.tx.read((tx) => tx.get('SELECT address FROM wallet WHERE id = ?', [uuidToBytes(walletId)]));
      return { walletId, address: String(row?.['address']) };
    },
    openShift: async () => {
      const shiftId = newId();
      await ok('shifts.open', { shiftId, floatMinor: 10_000 });
      return shiftId;
    },
  };
  if (shift) await world.openShift();
  return world;
}

/** Sells the cart for cash (exactly the total unless `handedMinor` says otherwise). */
export async function sellForCash(w: SalesWorld, cart: Cart, handedMinor?: number, saleId = newId()) {
  const priced = await w.price(cart);
  return w.call<{ saleId: string; receiptNumber: number; changeMinor: number; replayed: boolean; totalMinor: number }>('sales.complete', {
    saleId, cart, expectedTotalMinor: priced.totalMinor,
    tenders: [{ kind: 'cash', tenderId: newId(), amountMinor: handedMinor ?? Math.max(priced.cashTotalMinor, 1) }],
  });
}

/**
 * An app over a data directory that outlives it (same keys), for tests that close the app and
 * open the same data again as a restart would.
 */
export async function openAt(
  dir: string, keys: { root: Uint8Array; db: Uint8Array }, clock: FixedClock, settings = memorySettingsStore(),
): Promise<{ app: App; db: Database; close(): Promise<void> }> {
  const opened = await openApp({
    dir, keySource: fixedKeys(keys), settings, events: new EventHub(), clock, appVersion: '0.0.0-test',
    log: { error: () => undefined }, secretHashCost: { N: 1024 },
    build: async (deps) => ({ app: await createApp(deps), db: deps.dataDir.db }),
  });
  if (!opened.ok) throw new Error(`reopen: ${opened.error.code} ${opened.error.message}`);
  return { ...opened.value, close: () => opened.value.app.close() };
}

export const newKeys = (): { root: Uint8Array; db: Uint8Array } => ({ root: randomBytes(32), db: randomBytes(32) });
export { OWNER, signInAs };
