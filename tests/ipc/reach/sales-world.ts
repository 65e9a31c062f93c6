import { newId, uuidToBytes } from '../../../shared/domain/ids';
import type { Result } from '../../../shared/domain/result';
import { refundApproval, voidApproval } from '../../../shared/ipc/contract/sales-domain';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import { expectOk, signInAs } from '../../support/test-app';
import { seedProducts, type Cart, type Product } from '../../app/sales/sales-fixture';
import { NOBODY_ID } from '../samples';
import { setUpCard } from './card-world';
import type { World } from './common';

const AMOUNT_MAX = 2_000_000_000;

/** The owner signed in, a shift open (unless `shift` is false) and one product of each kind the reachers need. */
async function shop(w: World, shift = true) {
  await signInAs(w.t, w.owner);
  const current = expectOk<{ shift: unknown }>(await w.t.call('shifts.current', {}));
  if (shift && current.shift === null) expectOk(await w.t.call('shifts.open', { shiftId: newId(), floatMinor: 10_000 }));
  const tag = newId().slice(-8);
  const [tea, pricey, oddTax] = await seedProducts(w.t.db, [
    { sku: `T-${tag}`, name: 'Tea', priceMinor: 1_000, taxClass: 'standard' },
    { sku: `P-${tag}`, name: 'Gold bar', priceMinor: AMOUNT_MAX, taxClass: 'standard' },
    { sku: `O-${tag}`, name: 'Odd', priceMinor: 100, taxClass: 'no_such_class' },
  ]);
  if (!tea || !pricey || !oddTax) throw new Error('products not seeded');
  return { tea, pricey, oddTax };
}

const cart = (product: Product, extra: Partial<Cart['lines'][number]> & Record<string, unknown> = {}, currency = 'CNY') => ({
  cartId: newId(), currency, lines: [{ lineId: newId(), productId: product.productId, quantityMilli: 1000, ...extra }],
});

const price = (w: World, c: unknown) => w.t.call('sales.price', { cart: c });

async function setProduct(w: World, product: Product, sql: string): Promise<void> {
  await w.t.db.tx.write((tx) => tx.run(sql, [uuidToBytes(product.productId)]));
}

/** Every cart refusal, reached through `call` with a cart built for it. */
function cartReachers(call: (w: World, c: unknown) => Promise<Result<unknown>>) {
  return {
    cart_product_unknown: async (w: World) => {
      await shop(w);
      return call(w, cart({ productId: NOBODY_ID } as Product));
    },
    cart_product_inactive: async (w: World) => {
      const { tea } = await shop(w);
      await setProduct(w, tea, 'UPDATE product SET active = 0 WHERE id = ?');
      return call(w, cart(tea));
    },
    cart_product_unpriced: async (w: World) => {
      const { tea } = await shop(w);
      await setProduct(w, tea, 'DELETE FROM product_price WHERE product_id = ?');
      return call(w, cart(tea));
    },
    cart_currency_mismatch: async (w: World) => call(w, cart((await shop(w)).tea, {}, 'USD')),
    price_override_not_found: async (w: World) => call(w, cart((await shop(w)).tea, { overrideId: newId() })),
    discount_exceeds_amount: async (w: World) => call(w, cart((await shop(w)).tea, { discount: { kind: 'amount', amountMinor: 5_000 } })),
    unknown_tax_class: async (w: World) => call(w, cart((await shop(w)).oddTax)),
    amount_overflow: async (w: World) => call(w, cart((await shop(w)).pricey, { quantityMilli: 1_000_000_000 })),
  };
}

/** Completes a one-tea sale for cash; answers the sale id and its line id. */
async function sold(w: World, tender?: Record<string, unknown>): Promise<{ saleId: string; lineId: string; cardId?: string }> {
  const { tea } = await shop(w);
  const c = cart(tea);
  const saleId = newId();
  expectOk(await w.t.call('sales.complete', {
    saleId, cart: c, expectedTotalMinor: 1_000, tenders: [tender ?? { kind: 'cash', tenderId: newId(), amountMinor: 1_000 }],
  }));
  return { saleId, lineId: c.lines[0]?.lineId ?? '' };
}

const grant = async (w: World, request: { action: string; subject: string }) =>
  expectOk<{ approvalId: string }>(await w.t.call('approval.grant', { request, managerCode: w.manager.staffCode, managerSecret: w.manager.secret })).approvalId;

/** A card holding 1,000 and an authorisation of all of it (expiring after `expiresInMs`, if given). */
async function cardAuthorization(w: World, expiresInMs?: number): Promise<{ cardId: string; authorizationId: string }> {
  await signInAs(w.t, w.owner);
  const card = await setUpCard((k, i) => w.t.call(k, i), (await seedCustomerAndWallet(w.t)).walletId, { topUpMinor: 1_000 });
  const auth = expectOk<{ authorizationId: string }>(await w.t.call('cards.authorize', {
    operationId: newId(), card: { by: 'id', cardId: card.cardId }, pin: '1234', amountMinor: 1_000, ...(expiresInMs === undefined ? {} : { expiresInMs }),
  }));
  return { cardId: card.cardId, authorizationId: auth.authorizationId };
}

/** A one-tea sale paid by card; the card closed afterwards when `close` (its balance spent to zero by the sale). */
async function soldByCard(w: World, close: boolean): Promise<{ saleId: string; authorizationId: string }> {
  const { cardId, authorizationId } = await cardAuthorization(w);
  const { saleId } = await sold(w, { kind: 'card', tenderId: newId(), authorizationId });
  if (close) expectOk(await w.t.call('cards.close', { cardId }));
  return { saleId, authorizationId };
}

/** A wallet holding `amountMinor` CNY: its address. */
async function walletAddress(w: World, amountMinor: number): Promise<string> {
  const { walletId } = await seedCustomerAndWallet(w.t);
  expectOk(await w.t.call('wallets.topUp', { operationId: newId(), walletId, currency: 'CNY', amountMinor, tender: { kind: 'cash' } }));
  const row = await w.t.db.tx.read((tx) => tx.get('SELECT address FROM wallet WHERE id = ?', [uuidToBytes(walletId)]));
  return String(row?.['address']);
}

const refund = async (w: World, saleId: string, lineId: string, quantityMilli = 1000, refundId = newId()) =>
  w.t.call('sales.refund', { refundId, saleId, lines: [{ lineId, quantityMilli }], approvalId: await grant(w, refundApproval({ saleId, refundId })) });

const voidIt = async (w: World, saleId: string, voidId = newId()) =>
  w.t.call('sales.void', { voidId, saleId, approvalId: await grant(w, voidApproval({ saleId, voidId })) });

async function closeShift(w: World): Promise<void> {
  const current = expectOk<{ shift: { shiftId: string } | null }>(await w.t.call('shifts.current', {}));
  if (current.shift) expectOk(await w.t.call('shifts.close', { shiftId: current.shift.shiftId, countedCashMinor: 0, confirmUnsynced: true }));
}

const complete = (w: World, c: { lines: unknown[] }, tenders: unknown[], expectedTotalMinor = 1_000, saleId = newId()) =>
  w.t.call('sales.complete', { saleId, cart: c, expectedTotalMinor, tenders });

async function payment(w: World, outcome: 'approve' | 'decline', currency = 'CNY'): Promise<string> {
  await signInAs(w.t, w.owner);
  expectOk(await w.t.call('payments.simulatorNext', { outcome }));
  const paymentId = newId();
  expectOk(await w.t.call('payments.request', { paymentId, saleId: newId(), method: 'alipay', amountMinor: 1_000, currency }));
  return paymentId;
}

export { cart, cardAuthorization, cartReachers, closeShift, complete, grant, payment, price, refund, shop, sold, soldByCard, voidIt, walletAddress };
