import { beforeEach, describe, expect, it } from 'vitest';

import { cardPinUnblockApproval, cardRevealApproval } from '../../shared/ipc/contract/cards-lifecycle';
import type { CardView } from '../../shared/ipc/contract/cards-schemas';
import { chargeCard, lookupCards, refreshCard, replaceCard, revealCard, unblockPin } from '../../renderer/src/features/cards/cards.actions';
import { useCardsStore } from '../../renderer/src/features/cards/cards.store';
import { formatExpiry, groupPan, maskedShort } from '../../renderer/src/features/cards/card-format';
import { definiteRefusal, tenderOf } from '../../renderer/src/features/cards/tender-form';
import { resetSessionStores, sessionStores } from '../../renderer/src/lib/session-scope';
import { fail, fakeApi, ok } from './fake-transport';

const id = (n: number) => `01900000-0000-7000-8000-0000000000${String(n).padStart(2, '0')}`;
const PAN = '6212345686445370';
const PIN = '4826';

const card = (over: Partial<CardView> = {}): CardView => ({
  id: id(1), programId: id(2), walletId: id(3), holderName: 'Chen Mei', last4: '5370', maskedPan: '•••• •••• •••• 5370',
  expMonth: 12, expYear: 2029, state: 'active', closeReason: null, replacedBy: null, pinSet: true, pinBlocked: false, pinTriesLeft: 3,
  currency: 'CNY',
  limits: { perTransactionMinor: null, dailySpendMinor: null, dailyCount: null, monthlySpendMinor: null, monthlyCount: null, maxBalanceMinor: null, dailyTopUpMinor: null },
  createdAtMs: 1_700_000_000_000, ...over,
});

/** Every session store's state as text: a PAN or a PIN must never be in it. */
const storesText = () => JSON.stringify(sessionStores().map((store) => store.getState()));

beforeEach(() => resetSessionStores());

describe('cards actions', () => {
  it('pays with a hold and its capture, each with its own operation id; the PIN goes into the hold only', async () => {
    const { api, calls } = fakeApi({
      'cards.authorize': () => ok({ authorizationId: id(9) }),
      'cards.capture': () => ok({ amountMinor: 1250 }),
    });
    await chargeCard(api, { authorizeId: id(10), captureId: id(11) }, id(1), 1250, PIN);
    expect(calls).toEqual([
      { key: 'cards.authorize', input: { operationId: id(10), card: { by: 'id', cardId: id(1) }, pin: PIN, amountMinor: 1250 } },
      { key: 'cards.capture', input: { operationId: id(11), authorizationId: id(9) } },
    ]);
    expect(storesText()).not.toContain(PIN);
  });

  it('a wrong PIN rejects with its code; the refreshed card tells the tries left', async () => {
    const { api } = fakeApi({ 'cards.authorize': () => fail('wrong_pin'), 'cards.balance': () => ok({ card: card({ pinTriesLeft: 2 }), currency: 'CNY', balanceMinor: 100, heldMinor: 0, availableMinor: 100 }) });
    await expect(chargeCard(api, { authorizeId: id(10), captureId: id(11) }, id(1), 500, '1111')).rejects.toMatchObject({ code: 'wrong_pin' });
    await refreshCard(api, id(1));
    expect(useCardsStore.getState().known[id(1)]?.pinTriesLeft).toBe(2);
    expect(useCardsStore.getState().balances[id(1)]?.balanceMinor).toBe(100);
  });

  it('unblocks a PIN under an approval for exactly this card, then the card is known unblocked', async () => {
    const { api, calls } = fakeApi({
      'approval.grant': () => ok({ approvalId: id(20), approverName: 'Mia', expiresAtMs: 1 }),
      'cards.unblockPin': () => ok(card({ pinBlocked: false, pinTriesLeft: 3 })),
    });
    useCardsStore.getState().cardChanged(card({ pinBlocked: true, pinTriesLeft: 0 }));
    await unblockPin(api, id(1), { managerCode: 'mia', managerSecret: '135792' });
    expect(calls[0]).toEqual({ key: 'approval.grant', input: { request: cardPinUnblockApproval(id(1)), managerCode: 'mia', managerSecret: '135792' } });
    expect(calls[1]).toEqual({ key: 'cards.unblockPin', input: { cardId: id(1), approvalId: id(20) } });
    expect(useCardsStore.getState().known[id(1)]?.pinBlocked).toBe(false);
    expect(storesText()).not.toContain('135792');
  });

  it('a revealed number goes to the caller only, never into a store', async () => {
    const { api, calls } = fakeApi({
      'approval.grant': () => ok({ approvalId: id(21), approverName: 'Mia', expiresAtMs: 1 }),
      'cards.reveal': () => ok({ card: card(), pan: PAN, expMonth: 12, expYear: 2029 }),
    });
    const revealed = await revealCard(api, id(1), { managerCode: 'mia', managerSecret: '135792' });
    expect(revealed.pan).toBe(PAN);
    expect(calls[0]?.input).toMatchObject({ request: cardRevealApproval(id(1)) });
    expect(storesText()).not.toContain(PAN);
  });

  it('a replacement updates the old card and adds the new one, its number kept out of the store', async () => {
    const replaced = card({ state: 'closed', closeReason: 'lost', replacedBy: id(5) });
    const fresh = card({ id: id(5), last4: '1988', maskedPan: '•••• •••• •••• 1988', state: 'pending_activation', pinSet: false });
    const { api } = fakeApi({
      'cards.replace': () => ok({ replaced, issued: { card: fresh, pan: PAN, expMonth: 12, expYear: 2029, securityCode: '356' }, movedMinor: 8250 }),
    });
    const answer = await replaceCard(api, { cardId: id(1), newCardId: id(5), reason: 'lost' });
    expect(answer.movedMinor).toBe(8250);
    expect(useCardsStore.getState().known[id(1)]?.state).toBe('closed');
    expect(useCardsStore.getState().known[id(5)]?.state).toBe('pending_activation');
    expect(storesText()).not.toContain(PAN);
    expect(storesText()).not.toContain('"356"');
  });

  it('a lookup shows the latest answer and opens the only card found; a scan goes raw to main', async () => {
    const { api, calls } = fakeApi({ 'cards.lookup': () => ok({ cards: [card()] }) });
    await lookupCards(api, { by: 'scan', scannedPan: `;${PAN}=2912101?` });
    expect(calls[0]?.input).toEqual({ query: { by: 'scan', scannedPan: `;${PAN}=2912101?` } });
    expect(useCardsStore.getState()).toMatchObject({ openCardId: id(1), searching: false });
    expect(storesText()).not.toContain(PAN);
    await lookupCards(fakeApi({ 'cards.lookup': () => fail('invalid_pan') }).api, { by: 'pan', pan: '4111111111111112' });
    expect(useCardsStore.getState().lookupError?.code).toBe('invalid_pan');
    expect(useCardsStore.getState().found).toBeNull();
  });
});

describe('card words and tenders', () => {
  it('groups a number, writes the expiry as on the card, masks to the last four', () => {
    expect(groupPan(PAN)).toBe('6212 3456 8644 5370');
    expect(groupPan('1234567890123')).toBe('1234 5678 9012 3');
    expect(formatExpiry(3, 2031)).toBe('03/31');
    expect(maskedShort('5370')).toBe('•••• 5370');
  });

  it('a new operation id only after a refusal that surely booked nothing', () => {
    for (const code of ['wrong_pin', 'insufficient_funds', 'card_limit_exceeded', 'fx_rate_stale', 'id_exists_with_different_content']) {
      expect(definiteRefusal(code), code).toBe(true);
    }
    expect(definiteRefusal('unreachable')).toBe(false);
    expect(definiteRefusal('internal')).toBe(false);
  });

  it('checks a tender with the shared schema', () => {
    expect(tenderOf({ kind: 'cash', approvalCode: 'x y', reference: '' })).toEqual({ kind: 'cash' });
    expect(tenderOf({ kind: 'external_card', approvalCode: ' A1B2-C3 ', reference: '' })).toEqual({ kind: 'external_card', approvalCode: 'A1B2-C3' });
    expect(tenderOf({ kind: 'external_card', approvalCode: '', reference: '' })).toBeNull();
    expect(tenderOf({ kind: 'bank_transfer', approvalCode: '', reference: 'INV 2026/12-03' })).toEqual({ kind: 'bank_transfer', reference: 'INV 2026/12-03' });
    expect(tenderOf({ kind: 'bank_transfer', approvalCode: '', reference: '=cmd' })).toBeNull();
  });
});
