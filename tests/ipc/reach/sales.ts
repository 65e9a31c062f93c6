import { newId } from '../../../shared/domain/ids';
import type { salesDomainContract } from '../../../shared/ipc/contract/sales-domain';
import { priceOverrideApproval } from '../../../shared/ipc/contract/sales-domain';
import { expectOk, signInAs } from '../../support/test-app';
import { NOBODY_ID } from '../samples';
import { UNKNOWN_WALLET_ADDRESS } from '../samples/vouchers';
import { SIGNED_IN, type DomainReachers, type World } from './common';
import {
  cardAuthorization, cart, cartReachers, closeShift, complete, grant, payment, price, refund, shop, sold, soldByCard, voidIt, walletAddress,
} from './sales-world';

const cash = (amountMinor = 1_000) => ({ kind: 'cash', tenderId: newId(), amountMinor });

/** Completes a priced one-tea cart with these tenders (the shop set up first). */
async function teaWith(w: World, tenders: (w: World) => Promise<unknown[]>) {
  const { tea } = await shop(w);
  return complete(w, cart(tea), await tenders(w));
}

async function overrideInput(w: World) {
  const { tea } = await shop(w);
  const input = { overrideId: newId(), cartId: newId(), lineId: newId(), productId: tea.productId, unitPriceMinor: 800 };
  return { ...input, approvalId: await grant(w, priceOverrideApproval(input)) };
}

/** A way to reach every declared code of the sales domain's methods (see declared-errors.test.ts). */
export const salesReach: DomainReachers<typeof salesDomainContract> = {
  'sales.price': { ...SIGNED_IN, ...cartReachers(price) },
  'sales.due': { ...SIGNED_IN, ...cartReachers((w, c) => w.t.call('sales.due', { cart: c, tenders: [] })) },
  'sales.park': {
    ...SIGNED_IN,
    cart_currency_mismatch: async (w) => w.t.call('sales.park', { cart: cart((await shop(w)).tea, {}, 'USD') }),
  },
  'sales.parked': SIGNED_IN,
  'sales.resume': {
    ...SIGNED_IN,
    parked_cart_not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('sales.resume', { cartId: newId() });
    },
  },
  'sales.discardParked': {
    ...SIGNED_IN,
    parked_cart_not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('sales.discardParked', { cartId: newId() });
    },
  },
  'sales.overridePrice': {
    ...SIGNED_IN,
    forbidden: async (w) => w.t.call('sales.overridePrice', { ...(await overrideInput(w)), unitPriceMinor: 1 }),
    cart_product_unknown: async (w) => w.t.call('sales.overridePrice', { ...(await overrideInput(w)), productId: NOBODY_ID }),
    id_exists_with_different_content: async (w) => {
      const input = await overrideInput(w);
      expectOk(await w.t.call('sales.overridePrice', input));
      return w.t.call('sales.overridePrice', { ...input, lineId: newId() });
    },
  },
  'sales.complete': {
    ...SIGNED_IN,
    ...cartReachers((w, c) => complete(w, c as { lines: unknown[] }, [cash()])),
    cart_empty: async (w) => complete(w, { ...cart((await shop(w)).tea), lines: [] }, [], 0),
    shift_not_open: async (w) => {
      const { tea } = await shop(w, false);
      return complete(w, cart(tea), [cash()]);
    },
    total_changed: async (w) => {
      const { tea } = await shop(w);
      return complete(w, cart(tea), [cash(2_000)], 999);
    },
    tenders_mismatch: async (w) => teaWith(w, async () => [cash(999)]),
    tender_currency_mismatch: async (w) => teaWith(w, async (x) => [{ kind: 'provider', tenderId: newId(), paymentId: await payment(x, 'approve', 'USD') }]),
    hold_not_found: async (w) => teaWith(w, async () => [{ kind: 'card', tenderId: newId(), authorizationId: newId() }]),
    hold_already_resolved: async (w) => {
      const { authorizationId } = await soldByCard(w, false);
      return complete(w, cart((await shop(w, false)).tea), [{ kind: 'card', tenderId: newId(), authorizationId }]);
    },
    hold_expired: async (w) => {
      const { authorizationId } = await cardAuthorization(w, 60_000);
      w.t.clock.advance(60_000);
      return teaWith(w, async () => [{ kind: 'card', tenderId: newId(), authorizationId }]);
    },
    invalid_wallet_address: async (w) => teaWith(w, async () => [{ kind: 'wallet', tenderId: newId(), walletAddress: 'NOT-AN-ADDRESS', amountMinor: 1_000 }]),
    not_found: async (w) => teaWith(w, async () => [{ kind: 'wallet', tenderId: newId(), walletAddress: UNKNOWN_WALLET_ADDRESS, amountMinor: 1_000 }]),
    insufficient_funds: async (w) => teaWith(w, async (x) => [{ kind: 'wallet', tenderId: newId(), walletAddress: await walletAddress(x, 10), amountMinor: 1_000 }]),
    payment_not_found: async (w) => teaWith(w, async () => [{ kind: 'provider', tenderId: newId(), paymentId: newId() }]),
    payment_not_approved: async (w) => teaWith(w, async (x) => [{ kind: 'provider', tenderId: newId(), paymentId: await payment(x, 'decline') }]),
    payment_already_used: async (w) => {
      const paymentId = await payment(w, 'approve');
      const tender = () => ({ kind: 'provider', tenderId: newId(), paymentId });
      expectOk(await teaWith(w, async () => [tender()]));
      return complete(w, cart((await shop(w, false)).tea), [tender()]);
    },
    id_exists_with_different_content: async (w) => {
      const { saleId } = await sold(w);
      return complete(w, cart((await shop(w, false)).tea), [cash()], 1_000, saleId);
    },
  },
  'sales.find': {
    ...SIGNED_IN,
    sale_not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('sales.find', { receiptNumber: 99 });
    },
  },
  'sales.refund': {
    ...SIGNED_IN,
    forbidden: async (w) => {
      const { saleId, lineId } = await sold(w);
      return w.t.call('sales.refund', { refundId: newId(), saleId, lines: [{ lineId, quantityMilli: 1000 }], approvalId: newId() });
    },
    sale_not_found: async (w) => {
      await shop(w);
      return refund(w, NOBODY_ID, newId());
    },
    sale_voided: async (w) => {
      const { saleId, lineId } = await sold(w);
      expectOk(await voidIt(w, saleId));
      return refund(w, saleId, lineId);
    },
    refund_line_not_found: async (w) => refund(w, (await sold(w)).saleId, newId()),
    refund_exceeds_refundable: async (w) => {
      const { saleId, lineId } = await sold(w);
      return refund(w, saleId, lineId, 1001);
    },
    shift_not_open: async (w) => {
      const { saleId, lineId } = await sold(w);
      await closeShift(w);
      return refund(w, saleId, lineId);
    },
    card_closed: async (w) => {
      const { saleId } = await soldByCard(w, true);
      const detail = expectOk<{ lines: { lineId: string }[] }>(await w.t.call('sales.find', { saleId }));
      return refund(w, saleId, detail.lines[0]?.lineId ?? '');
    },
    id_exists_with_different_content: async (w) => {
      const { saleId, lineId } = await sold(w);
      const refundId = newId();
      expectOk(await refund(w, saleId, lineId, 500, refundId));
      return refund(w, saleId, lineId, 400, refundId);
    },
  },
  'sales.void': {
    ...SIGNED_IN,
    forbidden: async (w) => w.t.call('sales.void', { voidId: newId(), saleId: (await sold(w)).saleId, approvalId: newId() }),
    sale_not_found: async (w) => {
      await shop(w);
      return voidIt(w, NOBODY_ID);
    },
    sale_voided: async (w) => {
      const { saleId } = await sold(w);
      expectOk(await voidIt(w, saleId));
      return voidIt(w, saleId);
    },
    sale_has_refunds: async (w) => {
      const { saleId, lineId } = await sold(w);
      expectOk(await refund(w, saleId, lineId, 500));
      return voidIt(w, saleId);
    },
    shift_not_open: async (w) => {
      const { saleId } = await sold(w);
      await closeShift(w);
      return voidIt(w, saleId);
    },
    card_closed: async (w) => voidIt(w, (await soldByCard(w, true)).saleId),
    id_exists_with_different_content: async (w) => {
      const { saleId } = await sold(w);
      const voidId = newId();
      expectOk(await voidIt(w, saleId, voidId));
      return voidIt(w, (await sold(w)).saleId, voidId);
    },
  },
  'sales.receipt': {
    ...SIGNED_IN,
    receipt_not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('sales.receipt', { receiptId: newId() });
    },
  },
  'sales.displayQr': SIGNED_IN,
  'payments.request': {
    ...SIGNED_IN,
    id_exists_with_different_content: async (w) => {
      await signInAs(w.t, w.cashier);
      const input = { paymentId: newId(), saleId: newId(), method: 'alipay', amountMinor: 1_000, currency: 'CNY' };
      expectOk(await w.t.call('payments.request', input));
      return w.t.call('payments.request', { ...input, amountMinor: 1_001 });
    },
  },
  'payments.lookup': {
    ...SIGNED_IN,
    payment_not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('payments.lookup', { paymentId: newId() });
    },
  },
  'payments.simulatorNext': SIGNED_IN,
};
