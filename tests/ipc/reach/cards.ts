import { newId } from '../../../shared/domain/ids';
import { cardPinUnblockApproval } from '../../../shared/ipc/contract/cards-lifecycle';
import type { cardDomainContract } from '../../../shared/ipc/contract/cards-domain';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import { expectOk, signInAs } from '../../support/test-app';
import { NOBODY_ID } from '../samples';
import { cardIn, pastExpiry, PIN, WRONG_PIN, withFullProgram } from './card-world';
import { ROLE_GATED, SIGNED_IN, type DomainReachers, type World } from './common';

/** A way to reach every declared code of the cards domain's methods (see declared-errors.test.ts). */
const byId = (cardId: string) => ({ by: 'id' as const, cardId });
const cash = { kind: 'cash' } as const;

const pay = (w: World, cardId: string, amountMinor: number, pin = PIN, operationId = newId()) =>
  w.t.call('cards.authorize', { operationId, card: byId(cardId), pin, amountMinor });
const blockPin = async (w: World, cardId: string) => {
  for (let i = 0; i < 3; i += 1) await pay(w, cardId, 100, WRONG_PIN);
};
const frozen = async (w: World) => {
  const card = await cardIn(w);
  expectOk(await w.t.call('cards.freeze', { cardId: card.cardId }));
  return card;
};
const expired = async (w: World) => {
  const card = await cardIn(w, { expiryMonths: 1 });
  await pastExpiry(w);
  return card;
};
/** An active card whose balance was spent and which was then closed. */
const closed = async (w: World) => {
  const card = await cardIn(w, { topUpMinor: 0 });
  expectOk(await w.t.call('cards.close', { cardId: card.cardId }));
  return card;
};
const held = async (w: World, amountMinor = 1000) => {
  const card = await cardIn(w);
  const authorizationId = newId();
  expectOk(await pay(w, card.cardId, amountMinor, PIN, authorizationId));
  return { ...card, authorizationId };
};
const captured = async (w: World) => {
  const { authorizationId, cardId } = await held(w);
  const operationId = newId();
  expectOk(await w.t.call('cards.capture', { operationId, authorizationId }));
  return { cardId, paymentOperationId: operationId };
};
const approvalFor = async (w: World, request: { action: string; subject: string }) => {
  await signInAs(w.t, w.owner);
  return expectOk<{ approvalId: string }>(await w.t.call('approval.grant', {
    request, managerCode: w.manager.staffCode, managerSecret: w.manager.secret,
  })).approvalId;
};
const transfer = (w: World, cardId: string, amountMinor: number, pin = PIN, operationId = newId()) =>
  w.t.call('cards.transferToWallet', { operationId, cardId, pin, toWalletId: cardWalletOf.get(cardId) ?? NOBODY_ID, amountMinor });
/** The wallet each reacher's card belongs to, so a transfer has a real wallet to land in. */
const cardWalletOf = new Map<string, string>();
const cardWithWallet = async (w: World, setup: Parameters<typeof cardIn>[1] = {}) => {
  const card = await cardIn(w, setup);
  cardWalletOf.set(card.cardId, card.walletId);
  return card;
};

export const cardReach: DomainReachers<typeof cardDomainContract> = {
  'cards.createProgram': {
    ...ROLE_GATED,
    id_exists_with_different_content: async (w) => {
      const { programId } = await cardIn(w, { activate: false });
      return w.t.call('cards.createProgram', {
        programId, name: 'Another', bin: '62345678', panLength: 16, expiryMonths: 12, currency: 'CNY',
        limits: { perTransactionMinor: null, dailySpendMinor: null, dailyCount: null, monthlySpendMinor: null, monthlyCount: null, maxBalanceMinor: null, dailyTopUpMinor: null },
      });
    },
  },
  'cards.listPrograms': SIGNED_IN,
  'cards.issue': {
    ...SIGNED_IN,
    not_found: async (w) => {
      const { programId } = await cardIn(w, { activate: false });
      return w.t.call('cards.issue', { cardId: newId(), walletId: NOBODY_ID, programId });
    },
    card_already_issued: async (w) => {
      const { cardId, walletId, programId } = await cardIn(w, { activate: false });
      return w.t.call('cards.issue', { cardId, walletId, programId });
    },
    pan_collision_limit: () => withFullProgram((call, ids) => call('cards.issue', { cardId: newId(), walletId: ids.walletId, programId: ids.programId })),
  },
  'cards.list': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.list', { walletId: NOBODY_ID });
    },
  },
  'cards.activate': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.activate', { cardId: NOBODY_ID, pin: PIN });
    },
    illegal_transition: async (w) => w.t.call('cards.activate', { cardId: (await cardIn(w)).cardId, pin: PIN }),
    card_expired: async (w) => {
      const { cardId } = await cardIn(w, { expiryMonths: 1, activate: false });
      await pastExpiry(w);
      return w.t.call('cards.activate', { cardId, pin: PIN });
    },
  },
  'cards.changePin': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.changePin', { cardId: NOBODY_ID, oldPin: PIN, newPin: '5678' });
    },
    card_not_activated: async (w) => w.t.call('cards.changePin', { cardId: (await cardIn(w, { activate: false })).cardId, oldPin: PIN, newPin: '5678' }),
    card_expired: async (w) => w.t.call('cards.changePin', { cardId: (await expired(w)).cardId, oldPin: PIN, newPin: '5678' }),
    card_closed: async (w) => w.t.call('cards.changePin', { cardId: (await closed(w)).cardId, oldPin: PIN, newPin: '5678' }),
    wrong_pin: async (w) => w.t.call('cards.changePin', { cardId: (await cardIn(w)).cardId, oldPin: WRONG_PIN, newPin: '5678' }),
    pin_blocked: async (w) => {
      const { cardId } = await cardIn(w);
      await blockPin(w, cardId);
      return w.t.call('cards.changePin', { cardId, oldPin: PIN, newPin: '5678' });
    },
  },
  'cards.unblockPin': {
    ...ROLE_GATED,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.unblockPin', { cardId: NOBODY_ID, approvalId: NOBODY_ID });
    },
    pin_not_blocked: async (w) => {
      const { cardId } = await cardIn(w);
      const approvalId = await approvalFor(w, cardPinUnblockApproval(cardId));
      return w.t.call('cards.unblockPin', { cardId, approvalId });
    },
  },
  'cards.freeze': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.freeze', { cardId: NOBODY_ID });
    },
    illegal_transition: async (w) => w.t.call('cards.freeze', { cardId: (await frozen(w)).cardId }),
    card_expired: async (w) => w.t.call('cards.freeze', { cardId: (await expired(w)).cardId }),
  },
  'cards.unfreeze': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.unfreeze', { cardId: NOBODY_ID });
    },
    illegal_transition: async (w) => w.t.call('cards.unfreeze', { cardId: (await cardIn(w)).cardId }),
    card_expired: async (w) => w.t.call('cards.unfreeze', { cardId: (await expired(w)).cardId }),
  },
  'cards.close': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.close', { cardId: NOBODY_ID });
    },
    illegal_transition: async (w) => w.t.call('cards.close', { cardId: (await closed(w)).cardId }),
    balance_not_zero: async (w) => w.t.call('cards.close', { cardId: (await cardIn(w)).cardId }),
  },
  'cards.replace': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.replace', { cardId: NOBODY_ID, newCardId: newId(), reason: 'lost' });
    },
    illegal_transition: async (w) => w.t.call('cards.replace', { cardId: (await cardIn(w)).cardId, newCardId: newId(), reason: 'expired' }),
    card_already_issued: async (w) => {
      const { cardId } = await cardIn(w);
      return w.t.call('cards.replace', { cardId, newCardId: cardId, reason: 'stolen' });
    },
    card_has_open_holds: async (w) => w.t.call('cards.replace', { cardId: (await held(w)).cardId, newCardId: newId(), reason: 'lost' }),
    pan_collision_limit: () => withFullProgram((call, ids) => call('cards.replace', { cardId: ids.cardId, newCardId: newId(), reason: 'lost' })),
  },
  'cards.lookup': {
    ...SIGNED_IN,
    invalid_pan: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.lookup', { query: { by: 'pan', pan: '4111111111111112' } });
    },
  },
  'cards.reveal': {
    ...ROLE_GATED,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.reveal', { cardId: NOBODY_ID, approvalId: NOBODY_ID });
    },
  },
  'cards.topUp': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.topUp', { operationId: newId(), cardId: NOBODY_ID, amountMinor: 100, tender: cash });
    },
    card_frozen: async (w) => w.t.call('cards.topUp', { operationId: newId(), cardId: (await frozen(w)).cardId, amountMinor: 100, tender: cash }),
    card_expired: async (w) => w.t.call('cards.topUp', { operationId: newId(), cardId: (await expired(w)).cardId, amountMinor: 100, tender: cash }),
    card_closed: async (w) => w.t.call('cards.topUp', { operationId: newId(), cardId: (await closed(w)).cardId, amountMinor: 100, tender: cash }),
    card_limit_exceeded: async (w) => {
      const { cardId } = await cardIn(w, { limits: { maxBalanceMinor: 10_000 } });
      return w.t.call('cards.topUp', { operationId: newId(), cardId, amountMinor: 1, tender: cash });
    },
    id_exists_with_different_content: async (w) => {
      const { cardId } = await cardIn(w);
      const operationId = newId();
      expectOk(await w.t.call('cards.topUp', { operationId, cardId, amountMinor: 100, tender: cash }));
      return w.t.call('cards.topUp', { operationId, cardId, amountMinor: 200, tender: cash });
    },
  },
  'cards.authorize': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.authorize', { operationId: newId(), card: { by: 'pan', pan: '4111111111111111' }, pin: PIN, amountMinor: 100 });
    },
    invalid_pan: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.authorize', { operationId: newId(), card: { by: 'pan', pan: '4111111111111112' }, pin: PIN, amountMinor: 100 });
    },
    card_not_activated: async (w) => pay(w, (await cardIn(w, { activate: false })).cardId, 100),
    card_frozen: async (w) => pay(w, (await frozen(w)).cardId, 100),
    card_expired: async (w) => pay(w, (await expired(w)).cardId, 100),
    card_closed: async (w) => pay(w, (await closed(w)).cardId, 100),
    wrong_pin: async (w) => pay(w, (await cardIn(w)).cardId, 100, WRONG_PIN),
    pin_blocked: async (w) => {
      const { cardId } = await cardIn(w);
      await blockPin(w, cardId);
      return pay(w, cardId, 100);
    },
    card_limit_exceeded: async (w) => pay(w, (await cardIn(w, { limits: { perTransactionMinor: 500 } })).cardId, 501),
    insufficient_funds: async (w) => pay(w, (await cardIn(w)).cardId, 10_001),
    id_exists_with_different_content: async (w) => {
      const { cardId } = await cardIn(w);
      const operationId = newId();
      expectOk(await pay(w, cardId, 100, PIN, operationId));
      return pay(w, cardId, 200, PIN, operationId);
    },
  },
  'cards.capture': {
    ...SIGNED_IN,
    hold_not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.capture', { operationId: newId(), authorizationId: NOBODY_ID });
    },
    hold_already_resolved: async (w) => {
      const { authorizationId } = await held(w);
      expectOk(await w.t.call('cards.release', { operationId: newId(), authorizationId }));
      return w.t.call('cards.capture', { operationId: newId(), authorizationId });
    },
    hold_expired: async (w) => {
      const { authorizationId } = await held(w);
      w.t.clock.advance(31 * 60_000);
      await signInAs(w.t, w.owner);
      return w.t.call('cards.capture', { operationId: newId(), authorizationId });
    },
    post_exceeds_hold: async (w) => w.t.call('cards.capture', { operationId: newId(), authorizationId: (await held(w, 1000)).authorizationId, amountMinor: 1001 }),
    id_exists_with_different_content: async (w) => {
      const { authorizationId } = await held(w);
      const operationId = newId();
      expectOk(await w.t.call('cards.capture', { operationId, authorizationId, amountMinor: 500 }));
      return w.t.call('cards.capture', { operationId, authorizationId, amountMinor: 400 });
    },
  },
  'cards.release': {
    ...SIGNED_IN,
    hold_not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.release', { operationId: newId(), authorizationId: NOBODY_ID });
    },
    hold_already_resolved: async (w) => {
      const { authorizationId } = await held(w);
      expectOk(await w.t.call('cards.capture', { operationId: newId(), authorizationId }));
      return w.t.call('cards.release', { operationId: newId(), authorizationId });
    },
    hold_expired: async (w) => {
      const { authorizationId } = await held(w);
      w.t.clock.advance(31 * 60_000);
      await signInAs(w.t, w.owner);
      return w.t.call('cards.release', { operationId: newId(), authorizationId });
    },
    id_exists_with_different_content: async (w) => {
      const first = await held(w);
      const second = await held(w);
      const operationId = newId();
      expectOk(await w.t.call('cards.release', { operationId, authorizationId: first.authorizationId }));
      return w.t.call('cards.release', { operationId, authorizationId: second.authorizationId });
    },
  },
  'cards.refund': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.refund', { operationId: newId(), paymentOperationId: NOBODY_ID, amountMinor: 100 });
    },
    refund_exceeds_payment: async (w) => {
      const { paymentOperationId } = await captured(w);
      return w.t.call('cards.refund', { operationId: newId(), paymentOperationId, amountMinor: 1001 });
    },
    card_closed: async (w) => {
      const card = await cardIn(w, { topUpMinor: 1000 });
      const authorizationId = newId();
      expectOk(await pay(w, card.cardId, 1000, PIN, authorizationId));
      const paymentOperationId = newId();
      expectOk(await w.t.call('cards.capture', { operationId: paymentOperationId, authorizationId }));
      expectOk(await w.t.call('cards.close', { cardId: card.cardId }));
      return w.t.call('cards.refund', { operationId: newId(), paymentOperationId, amountMinor: 100 });
    },
    id_exists_with_different_content: async (w) => {
      const { paymentOperationId } = await captured(w);
      const operationId = newId();
      expectOk(await w.t.call('cards.refund', { operationId, paymentOperationId, amountMinor: 100 }));
      return w.t.call('cards.refund', { operationId, paymentOperationId, amountMinor: 200 });
    },
  },
  'cards.balance': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.balance', { card: byId(NOBODY_ID) });
    },
    invalid_pan: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.balance', { card: { by: 'pan', pan: '12345' } });
    },
    card_not_activated: async (w) => w.t.call('cards.balance', { card: byId((await cardIn(w, { activate: false })).cardId), pin: PIN }),
    wrong_pin: async (w) => w.t.call('cards.balance', { card: byId((await cardIn(w)).cardId), pin: WRONG_PIN }),
    pin_blocked: async (w) => {
      const { cardId } = await cardIn(w);
      await blockPin(w, cardId);
      return w.t.call('cards.balance', { card: byId(cardId), pin: PIN });
    },
  },
  'cards.statement': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.statement', { cardId: NOBODY_ID, limit: 10 });
    },
  },
  'cards.transferToWallet': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('cards.transferToWallet', { operationId: newId(), cardId: NOBODY_ID, pin: PIN, toWalletId: NOBODY_ID, amountMinor: 100 });
    },
    card_not_activated: async (w) => transfer(w, (await cardWithWallet(w, { activate: false })).cardId, 100),
    card_frozen: async (w) => {
      const card = await cardWithWallet(w);
      expectOk(await w.t.call('cards.freeze', { cardId: card.cardId }));
      return transfer(w, card.cardId, 100);
    },
    card_expired: async (w) => {
      const card = await cardWithWallet(w, { expiryMonths: 1 });
      await pastExpiry(w);
      return transfer(w, card.cardId, 100);
    },
    card_closed: async (w) => {
      const card = await cardWithWallet(w, { topUpMinor: 0 });
      expectOk(await w.t.call('cards.close', { cardId: card.cardId }));
      return transfer(w, card.cardId, 100);
    },
    wrong_pin: async (w) => transfer(w, (await cardWithWallet(w)).cardId, 100, WRONG_PIN),
    pin_blocked: async (w) => {
      const { cardId } = await cardWithWallet(w);
      await blockPin(w, cardId);
      return transfer(w, cardId, 100);
    },
    card_limit_exceeded: async (w) => transfer(w, (await cardWithWallet(w, { limits: { dailyCount: 0 } })).cardId, 100),
    insufficient_funds: async (w) => transfer(w, (await cardWithWallet(w)).cardId, 10_001),
    id_exists_with_different_content: async (w) => {
      const { cardId } = await cardWithWallet(w);
      const operationId = newId();
      expectOk(await transfer(w, cardId, 100, PIN, operationId));
      const { walletId } = await seedCustomerAndWallet(w.t);
      return w.t.call('cards.transferToWallet', { operationId, cardId, pin: PIN, toWalletId: walletId, amountMinor: 100 });
    },
  },
};
