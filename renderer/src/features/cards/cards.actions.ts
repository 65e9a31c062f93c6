import type { Api } from '../../api/client';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { cardPinUnblockApproval, cardRevealApproval } from '../../../../shared/ipc/contract/cards-lifecycle';
import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';
import type { Tender } from '../../../../shared/domain/tender';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { useCardsStore } from './cards.store';
import type { CardLookupQuery } from './cards.store';

/**
 * The calls of the Cards & wallets section. Card numbers and PINs pass through here as call
 * inputs only: nothing below stores, logs or returns them, except the one-time issuance and
 * reveal answers, which go straight to the dialog that shows them.
 */

export async function loadPrograms(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  try {
    const programs = await api.call('cards.listPrograms', {});
    if (epoch === sessionEpoch()) useCardsStore.getState().programsLoaded(programs);
  } catch (error) {
    if (epoch === sessionEpoch()) useCardsStore.getState().programsFailed(toClientError(error));
  }
}

export async function createProgram(api: Api, input: Input<'cards.createProgram'>): Promise<Output<'cards.createProgram'>> {
  const epoch = sessionEpoch();
  const program = await api.call('cards.createProgram', input);
  if (epoch === sessionEpoch()) useCardsStore.getState().programAdded(program);
  return program;
}

/** The one-time display's data: handed to the dialog, never to a store. */
export async function issueCard(api: Api, input: Input<'cards.issue'>): Promise<Output<'cards.issue'>> {
  return api.call('cards.issue', input);
}

/** A card changed (activation, freeze…): the panels showing it refresh from the store. */
function changed(epoch: number, card: CardView): CardView {
  if (epoch === sessionEpoch()) useCardsStore.getState().cardChanged(card);
  return card;
}

export async function activateCard(api: Api, cardId: string, pin: string): Promise<CardView> {
  const epoch = sessionEpoch();
  return changed(epoch, await api.call('cards.activate', { cardId, pin }));
}

export type SimpleCardAction = 'cards.freeze' | 'cards.unfreeze' | 'cards.close';

export async function cardAction(api: Api, action: SimpleCardAction, cardId: string): Promise<CardView> {
  const epoch = sessionEpoch();
  return changed(epoch, await api.call(action, { cardId }));
}

/** The replacement's number is shown once by the caller; the old card is updated everywhere. */
export async function replaceCard(api: Api, input: Input<'cards.replace'>): Promise<Output<'cards.replace'>> {
  const epoch = sessionEpoch();
  const answer = await api.call('cards.replace', input);
  changed(epoch, answer.replaced);
  changed(epoch, answer.issued.card);
  return answer;
}

/** Balance and the card as it is now (PIN tries left included): the staff lookup, no PIN. */
export async function refreshCard(api: Api, cardId: string): Promise<Output<'cards.balance'>> {
  const epoch = sessionEpoch();
  const balance = await api.call('cards.balance', { card: { by: 'id', cardId } });
  if (epoch === sessionEpoch()) {
    useCardsStore.getState().cardChanged(balance.card);
    useCardsStore.getState().balanceLoaded(balance);
  }
  return balance;
}

export async function topUpCard(api: Api, operationId: string, cardId: string, amountMinor: number, tender: Tender): Promise<Output<'cards.topUp'>> {
  return api.call('cards.topUp', { operationId, cardId, amountMinor, tender });
}

export type ChargeIds = { readonly authorizeId: string; readonly captureId: string };

/**
 * A payment at the counter: a hold with the PIN, then its capture in full. Each step has its own
 * operation id, kept by the dialog across retries, so a repeat never pays twice.
 */
export async function chargeCard(api: Api, ids: ChargeIds, cardId: string, amountMinor: number, pin: string): Promise<Output<'cards.capture'>> {
  const hold = await api.call('cards.authorize', { operationId: ids.authorizeId, card: { by: 'id', cardId }, pin, amountMinor });
  return api.call('cards.capture', { operationId: ids.captureId, authorizationId: hold.authorizationId });
}

export type Approver = { readonly managerCode: string; readonly managerSecret: string };

/** A second manager approves unblocking exactly this card's PIN, then it is unblocked. */
export async function unblockPin(api: Api, cardId: string, approver: Approver): Promise<CardView> {
  const epoch = sessionEpoch();
  const { approvalId } = await api.call('approval.grant', { request: cardPinUnblockApproval(cardId), ...approver });
  return changed(epoch, await api.call('cards.unblockPin', { cardId, approvalId }));
}

/** The audited reveal under a second manager's approval; the answer goes to the dialog only. */
export async function revealCard(api: Api, cardId: string, approver: Approver): Promise<Output<'cards.reveal'>> {
  const { approvalId } = await api.call('approval.grant', { request: cardRevealApproval(cardId), ...approver });
  return api.call('cards.reveal', { cardId, approvalId });
}

// Lookups overlap when a scan follows a typed search: only the latest answer is shown.
let latestLookup = 0;

/** Finds cards by number, a reader's raw scan, or last 4 and the holder's name. */
export async function lookupCards(api: Api, query: CardLookupQuery): Promise<void> {
  const epoch = sessionEpoch();
  const request = (latestLookup += 1);
  useCardsStore.getState().lookupStarted();
  try {
    const { cards } = await api.call('cards.lookup', { query });
    if (epoch === sessionEpoch() && request === latestLookup) useCardsStore.getState().lookupDone(cards);
  } catch (error) {
    if (epoch === sessionEpoch() && request === latestLookup) useCardsStore.getState().lookupFailed(toClientError(error));
  }
}

/** The cards of the wallet with this address (typed or scanned from its QR). */
export async function lookupByWallet(api: Api, address: string): Promise<void> {
  const epoch = sessionEpoch();
  const request = (latestLookup += 1);
  useCardsStore.getState().lookupStarted();
  try {
    const wallet = await api.call('wallets.lookup', { address });
    const cards = await api.call('cards.list', { walletId: wallet.walletId });
    if (epoch === sessionEpoch() && request === latestLookup) useCardsStore.getState().lookupDone(cards);
  } catch (error) {
    if (epoch === sessionEpoch() && request === latestLookup) useCardsStore.getState().lookupFailed(toClientError(error));
  }
}
