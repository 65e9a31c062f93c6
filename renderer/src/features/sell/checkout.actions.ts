import { ClientError } from '../../api/client';
import type { Api } from '../../api/client';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { newId } from '../../../../shared/domain/ids';
import type { CardRef } from '../../../../shared/ipc/contract/cards-schemas';
import { useCheckoutStore } from './checkout.store';
import { priceCart } from './pricing.actions';
import type { PaymentView, TakenTender } from './checkout.store';
import { pricedIsCurrent, useSellStore } from './sell.store';
import { dueNow } from './tender-due';

/**
 * Taking the tenders of a sale and completing it. Card numbers and PINs pass through here as
 * call inputs only (never a store, never a log). Each money call has its own client id: a card
 * hold a fresh operation id per attempt, a provider payment one id until it is resolved (an
 * unknown outcome is looked up, never asked again), the sale one id from its first attempt.
 */

/** A refusal that surely changed nothing (a coded answer), as opposed to a lost reply. */
function definiteRefusal(code: string): boolean {
  return code !== 'unreachable' && code !== 'internal';
}

/**
 * Completes the sale once its tenders cover it. A second press while the first call runs does
 * nothing; the same sale id is sent again after a lost reply, so main answers the first outcome.
 */
export async function completeSale(api: Api): Promise<void> {
  const sell = useSellStore.getState();
  const checkout = useCheckoutStore.getState();
  if (sell.cart === null || sell.priced === null || !pricedIsCurrent(sell)) return;
  if (dueNow(sell.priced, checkout.tenders.length, checkout.due)?.paid !== true) return;
  if (!checkout.completeStarted()) return;
  const epoch = sessionEpoch();
  const saleId = checkout.saleIdFor(newId);
  try {
    const sale = await api.call('sales.complete', {
      saleId, cart: sell.cart, expectedTotalMinor: sell.priced.totalMinor, tenders: checkout.tenders.map((t) => t.tender),
    });
    if (epoch === sessionEpoch()) useCheckoutStore.getState().completed(sale);
  } catch (error) {
    if (epoch !== sessionEpoch()) return;
    const failure = toClientError(error);
    useCheckoutStore.getState().completeFailed(failure);
    // nothing was recorded under this id: the corrected attempt gets a new one
    if (definiteRefusal(failure.code)) useCheckoutStore.setState({ saleId: null });
    // core priced the cart afresh and found another total: show it, as the message asks the cashier to check it
    if (failure.code === 'total_changed') await priceCart(api);
  }
}

/**
 * Asks core what is still due after the tenders taken so far (sales.due: the cart priced again
 * and core's split rule); the answer, or the failure (shown with a way to ask again), is kept
 * only if the tenders did not change meanwhile.
 */
export async function refreshDue(api: Api): Promise<void> {
  const { cart } = useSellStore.getState();
  const { tenders } = useCheckoutStore.getState();
  if (cart === null || tenders.length === 0) return;
  const epoch = sessionEpoch();
  try {
    const due = await api.call('sales.due', { cart, tenders: tenders.map((t) => ({ kind: t.tender.kind, amountMinor: t.amountMinor })) });
    if (epoch === sessionEpoch()) useCheckoutStore.getState().dueSeen(due, tenders);
  } catch (error) {
    if (epoch === sessionEpoch()) useCheckoutStore.getState().dueFailed(toClientError(error), tenders);
  }
}

/** Adds a tender, then completes the sale if core says nothing is due any more. */
async function take(api: Api, tender: TakenTender): Promise<void> {
  useCheckoutStore.getState().taken(tender);
  await refreshDue(api);
  const { priced } = useSellStore.getState();
  const { tenders, due } = useCheckoutStore.getState();
  if (priced !== null && dueNow(priced, tenders.length, due)?.paid === true) {
    useCheckoutStore.getState().open(null);
    await completeSale(api);
  }
}

export async function takeCash(api: Api, amountMinor: number): Promise<void> {
  await take(api, { tender: { kind: 'cash', tenderId: newId(), amountMinor }, amountMinor });
}

export async function takeExternalCard(api: Api, amountMinor: number, approvalCode: string): Promise<void> {
  await take(api, { tender: { kind: 'external_card', tenderId: newId(), amountMinor, approvalCode }, amountMinor, reference: approvalCode });
}

/** The wallet is looked up first, so a mistyped address is named before the sale is sent. */
export async function takeWallet(api: Api, address: string, amountMinor: number): Promise<void> {
  const wallet = await api.call('wallets.lookup', { address });
  await take(api, { tender: { kind: 'wallet', tenderId: newId(), walletAddress: wallet.address, amountMinor }, amountMinor, reference: wallet.addressText });
}

/** How the cashier named the Tillbook card: typed number, or a reader's raw scan (parsed in main). */
export type CardEntry = { readonly by: 'pan'; readonly pan: string } | { readonly by: 'scan'; readonly scannedPan: string };

async function cardRefOf(api: Api, entry: CardEntry): Promise<CardRef> {
  if (entry.by === 'pan') return { by: 'pan', pan: entry.pan };
  const { cards } = await api.call('cards.lookup', { query: { by: 'scan', scannedPan: entry.scannedPan } });
  const card = cards[0];
  if (card === undefined) throw new ClientError('not_found', 'no card for this scan', 'cards.lookup');
  return { by: 'id', cardId: card.id };
}

export type CardOutcome = { readonly ok: true } | { readonly ok: false; readonly code: string; readonly triesLeft: number | null };

/**
 * A hold on the Tillbook card for `amountMinor` with the customer's PIN (a fresh operation id:
 * a refused attempt booked nothing); the sale captures it when it completes. After a wrong PIN
 * the card's remaining tries are read (staff lookup, no PIN) for the pad to show.
 */
export async function takeCard(api: Api, entry: CardEntry, pin: string, amountMinor: number): Promise<CardOutcome> {
  let card: CardRef | null = null;
  try {
    card = await cardRefOf(api, entry);
    const hold = await api.call('cards.authorize', { operationId: newId(), card, pin, amountMinor });
    await take(api, {
      tender: { kind: 'card', tenderId: newId(), authorizationId: hold.authorizationId }, amountMinor: hold.amountMinor, last4: hold.last4,
    });
    return { ok: true };
  } catch (error) {
    const failure = toClientError(error);
    useCheckoutStore.getState().failed(failure);
    let triesLeft: number | null = null;
    if (card !== null && (failure.code === 'wrong_pin' || failure.code === 'pin_blocked')) {
      triesLeft = await api.call('cards.balance', { card }).then((b) => b.card.pinTriesLeft, () => null);
    }
    return { ok: false, code: failure.code, triesLeft };
  }
}

export type ProviderMethod = PaymentView['method'];

/**
 * A provider payment (payments.request) for this sale. Approved: taken as a tender. Pending or
 * unknown: kept on screen and resolved by `checkPayment` (payments.lookup), never by a second
 * request. Declined: shown; a new attempt gets a new payment id.
 */
export async function requestPayment(api: Api, method: ProviderMethod, amountMinor: number, currency: string): Promise<void> {
  const checkout = useCheckoutStore.getState();
  if (checkout.payment !== null && checkout.payment.status !== 'declined') return checkPayment(api);
  const saleId = checkout.saleIdFor(newId);
  const epoch = sessionEpoch();
  try {
    const payment = await api.call('payments.request', { paymentId: newId(), saleId, method, amountMinor, currency });
    if (epoch === sessionEpoch()) await paymentAnswered(api, payment);
  } catch (error) {
    if (epoch === sessionEpoch()) useCheckoutStore.getState().failed(toClientError(error));
  }
}

/** Asks the provider again about the payment on screen (pending or unknown). */
export async function checkPayment(api: Api): Promise<void> {
  const payment = useCheckoutStore.getState().payment;
  if (payment === null) return;
  const epoch = sessionEpoch();
  try {
    const now = await api.call('payments.lookup', { paymentId: payment.paymentId });
    if (epoch === sessionEpoch()) await paymentAnswered(api, now);
  } catch (error) {
    if (epoch === sessionEpoch()) useCheckoutStore.getState().failed(toClientError(error));
  }
}

async function paymentAnswered(api: Api, payment: PaymentView): Promise<void> {
  if (payment.status !== 'approved') {
    useCheckoutStore.getState().paymentSeen(payment);
    return;
  }
  useCheckoutStore.getState().paymentSeen(null);
  await take(api, {
    tender: { kind: 'provider', tenderId: newId(), paymentId: payment.paymentId },
    amountMinor: payment.amountMinor,
    ...(payment.providerReference === null ? {} : { reference: payment.providerReference }),
  });
}

/**
 * A tender taken back before the sale completed; a card hold is given back to the card at once.
 */
export async function removeTender(api: Api, tenderId: string): Promise<void> {
  const taken = useCheckoutStore.getState().tenders.find((t) => t.tender.tenderId === tenderId);
  if (taken === undefined) return;
  if (taken.tender.kind === 'card') {
    await api.call('cards.release', { operationId: newId(), authorizationId: taken.tender.authorizationId });
  }
  useCheckoutStore.getState().removed(tenderId);
  await refreshDue(api);
}

/**
 * The sale is given up before completion (New sale, park): every card hold it took goes back to
 * its card. A release that fails is left to the hold's expiry (main's sweeper gives it back).
 */
export async function abandonSale(api: Api): Promise<void> {
  const { tenders, done } = useCheckoutStore.getState();
  if (done !== null) return;
  const holds = tenders.flatMap((t) => (t.tender.kind === 'card' ? [t.tender.authorizationId] : []));
  await Promise.all(holds.map((authorizationId) =>
    api.call('cards.release', { operationId: newId(), authorizationId }).catch(() => undefined)));
}
