/**
 * Money on cards for the domain model test, predicted from the model (the contract's comments in
 * shared/ipc/contract/cards-money.ts): a repeat of an operation id that went through answers its
 * first outcome; a refusal decided before the batch (state, PIN, limits, funds) books nothing and
 * leaves the id free, so a repeat is decided afresh. PIN checks come after the card's state and
 * are counted even when the call is then refused.
 */
import { expect } from 'vitest';
import type { ErrorCode } from '../../shared/domain/errors';
import type { Input } from '../../shared/ipc/contract';
import { plan, sameAnswer, type Plan } from './domain-model-plan';
import type { DomainModel, ModelCard } from './domain-model-state';
import { cardByRef } from './domain-model-card-ops';

const AUTHORIZATION_TTL_MS = 30 * 60_000;

export function planCardTopUp(m: DomainModel, input: Input<'cards.topUp'>): Plan {
  const card = m.card(input.cardId);
  const touch = { cards: [card.id] };
  // The card is met by a write even on a repeat: past its expiry month it is recorded as expired.
  const writes = m.expiresNow(card);
  const expire = (): void => { if (writes) card.state = 'expired'; };
  const prior = m.ops.get(input.operationId);
  if (prior) {
    return plan('cards.topUp', input, {
      ok: true, replay: true, writes,
      check: (out) => {
        sameAnswer(out, prior.output, ['balanceMinor']);
        expect(out.balanceMinor).toBe(card.posted);
      },
      apply: expire,
    }, touch);
  }
  const refusal = { frozen: 'card_frozen', expired: 'card_expired', closed: 'card_closed' } as const;
  const state = m.effective(card);
  if (state === 'frozen' || state === 'expired' || state === 'closed') {
    return plan('cards.topUp', input, { ok: false, code: refusal[state], writes, apply: expire }, touch);
  }
  if (!m.topUpAllowed(card, input.amountMinor)) return plan('cards.topUp', input, { ok: false, code: 'card_limit_exceeded' }, touch);
  const after = card.posted + input.amountMinor;
  return plan('cards.topUp', input, {
    ok: true, replay: false,
    check: (out) => expect([out.cardId, out.currency, out.amountMinor, out.tenderKind, out.balanceMinor])
      .toEqual([card.id, card.program.currency, input.amountMinor, input.tender.kind, after]),
    apply: (out) => {
      card.posted = after;
      m.topUps.push({ cardId: card.id, atMs: m.now, amount: input.amountMinor });
      m.ops.set(input.operationId, { kind: 'card.topup', input, output: out });
    },
  }, touch);
}

type SpendStep = { readonly code: ErrorCode; readonly writes: boolean; readonly apply?: () => void } | { readonly right: true };

/**
 * The checks a spend (an authorisation, a card → wallet transfer) meets before its batch: the
 * card's state, a PIN to check, then the PIN (a wrong one counted, the third blocking), then the
 * limits and the money available. A right PIN clears the count even when the spend is then refused.
 */
function spendChecks(m: DomainModel, card: ModelCard, pin: string, amount: number): SpendStep {
  const early = m.spendRefusal(card) ?? m.pinRefusal(card);
  if (early) return { code: early, writes: false };
  if (pin !== card.pin) {
    return { code: card.failures + 1 >= 3 ? 'pin_blocked' : 'wrong_pin', writes: true, apply: () => m.settlePin(card, false) };
  }
  const cleared = { writes: card.failures > 0, apply: () => m.settlePin(card, true) };
  if (!m.spendAllowed(card, amount)) return { code: 'card_limit_exceeded', ...cleared };
  if (m.available(card.id) < amount) return { code: 'insufficient_funds', ...cleared };
  return { right: true };
}

export function planAuthorize(m: DomainModel, input: Input<'cards.authorize'>): Plan {
  const card = cardByRef(m, input.card);
  if (!card) return plan('cards.authorize', input, { ok: false, code: 'invalid_pan' });
  const touch = { cards: [card.id] };
  const prior = m.ops.get(input.operationId);
  if (prior) {
    return plan('cards.authorize', input, {
      ok: true, replay: true,
      check: (out) => {
        sameAnswer(out, prior.output, ['availableMinor']);
        expect(out.availableMinor).toBe(m.available(card.id));
      },
    }, touch);
  }
  const step = spendChecks(m, card, input.pin, input.amountMinor);
  if (!('right' in step)) return plan('cards.authorize', input, { ok: false, ...step }, touch);
  const expiresAt = m.now + (input.expiresInMs ?? AUTHORIZATION_TTL_MS);
  const availableAfter = m.available(card.id) - input.amountMinor;
  return plan('cards.authorize', input, {
    ok: true, replay: false,
    check: (out) => expect([out.authorizationId, out.cardId, out.amountMinor, out.expiresAtMs, out.availableMinor, out.last4, out.currency])
      .toEqual([input.operationId, card.id, input.amountMinor, expiresAt, availableAfter, card.pan.slice(-4), card.program.currency]),
    apply: (out) => {
      m.settlePin(card, true);
      m.holds.set(input.operationId, {
        authId: input.operationId, cardId: card.id, amount: input.amountMinor, atMs: m.now, expiresAt, status: 'open', captured: 0,
      });
      m.ops.set(input.operationId, { kind: 'card.payment.authorized', input, output: out });
    },
  }, touch);
}

/** What capture and release refuse before their batch: an unknown authorisation, a resolved or an expired one. */
function holdRefusal(m: DomainModel, authorizationId: string): 'hold_not_found' | 'hold_already_resolved' | 'hold_expired' | undefined {
  const hold = m.holds.get(authorizationId);
  if (!hold) return 'hold_not_found';
  if (hold.status !== 'open') return 'hold_already_resolved';
  return m.now >= hold.expiresAt ? 'hold_expired' : undefined;
}

export function planCapture(m: DomainModel, input: Input<'cards.capture'>): Plan {
  const hold = m.holds.get(input.authorizationId);
  const touch = { cards: hold ? [hold.cardId] : [] };
  const prior = m.ops.get(input.operationId);
  if (prior) return plan('cards.capture', input, { ok: true, replay: true, check: (out) => sameAnswer(out, prior.output) }, touch);
  const refused = holdRefusal(m, input.authorizationId);
  if (refused || !hold) return plan('cards.capture', input, { ok: false, code: refused ?? 'hold_not_found' }, touch);
  const amount = input.amountMinor ?? hold.amount;
  if (amount > hold.amount) return plan('cards.capture', input, { ok: false, code: 'post_exceeds_hold' }, touch);
  return plan('cards.capture', input, {
    ok: true, replay: false,
    check: (out) => expect([out.authorizationId, out.cardId, out.amountMinor, out.releasedMinor]).toEqual([hold.authId, hold.cardId, amount, hold.amount - amount]),
    apply: (out) => {
      hold.status = 'captured';
      hold.captured = amount;
      m.card(hold.cardId).posted -= amount;
      m.captures.set(input.operationId, { opId: input.operationId, authId: hold.authId, cardId: hold.cardId, amount, refunded: 0 });
      m.ops.set(input.operationId, { kind: 'card.payment.captured', input, output: out });
    },
  }, touch);
}

export function planRelease(m: DomainModel, input: Input<'cards.release'>): Plan {
  const hold = m.holds.get(input.authorizationId);
  const touch = { cards: hold ? [hold.cardId] : [] };
  const prior = m.ops.get(input.operationId);
  if (prior) return plan('cards.release', input, { ok: true, replay: true, check: (out) => sameAnswer(out, prior.output) }, touch);
  const refused = holdRefusal(m, input.authorizationId);
  if (refused || !hold) return plan('cards.release', input, { ok: false, code: refused ?? 'hold_not_found' }, touch);
  return plan('cards.release', input, {
    ok: true, replay: false,
    check: (out) => expect([out.authorizationId, out.cardId, out.amountMinor]).toEqual([hold.authId, hold.cardId, hold.amount]),
    apply: (out) => {
      hold.status = 'released';
      m.ops.set(input.operationId, { kind: 'card.payment.released', input, output: out });
    },
  }, touch);
}

/** A refund against a capture: at most what was captured less what was refunded; a closed card takes none. */
export function planRefund(m: DomainModel, input: Input<'cards.refund'>): Plan {
  const capture = m.captures.get(input.paymentOperationId);
  const touch = { cards: capture ? [capture.cardId] : [] };
  const prior = m.ops.get(input.operationId);
  if (prior) {
    return plan('cards.refund', input, {
      ok: true, replay: true,
      check: (out) => {
        sameAnswer(out, prior.output, ['refundableMinor']);
        expect(out.refundableMinor).toBe(capture ? capture.amount - capture.refunded : Number.NaN);
      },
    }, touch);
  }
  if (!capture) return plan('cards.refund', input, { ok: false, code: 'not_found' });
  const card = m.card(capture.cardId);
  if (card.state === 'closed') return plan('cards.refund', input, { ok: false, code: 'card_closed' }, touch);
  // An expired card takes the refund (a reissue moves it on); the write records its expiry first.
  const writes = m.expiresNow(card);
  const expire = (): void => { if (writes) card.state = 'expired'; };
  const left = capture.amount - capture.refunded;
  if (input.amountMinor > left) return plan('cards.refund', input, { ok: false, code: 'refund_exceeds_payment', writes, apply: expire }, touch);
  return plan('cards.refund', input, {
    ok: true, replay: false,
    check: (out) => expect([out.cardId, out.paymentOperationId, out.amountMinor, out.refundableMinor])
      .toEqual([card.id, capture.opId, input.amountMinor, left - input.amountMinor]),
    apply: (out) => {
      expire();
      card.posted += input.amountMinor;
      capture.refunded += input.amountMinor;
      m.ops.set(input.operationId, { kind: 'card.refund', input, output: out });
    },
  }, touch);
}

export function planCardToWallet(m: DomainModel, input: Input<'cards.transferToWallet'>): Plan {
  const card = m.card(input.cardId);
  const touch = { cards: [card.id], wallets: [input.toWalletId] };
  const prior = m.ops.get(input.operationId);
  if (prior) return plan('cards.transferToWallet', input, { ok: true, replay: true, check: (out) => sameAnswer(out, prior.output) }, touch);
  const step = spendChecks(m, card, input.pin, input.amountMinor);
  if (!('right' in step)) return plan('cards.transferToWallet', input, { ok: false, ...step }, touch);
  return plan('cards.transferToWallet', input, {
    ok: true, replay: false,
    check: (out) => expect([out.cardId, out.toWalletId, out.currency, out.amountMinor])
      .toEqual([card.id, input.toWalletId, card.program.currency, input.amountMinor]),
    apply: (out) => {
      m.settlePin(card, true);
      card.posted -= input.amountMinor;
      m.credit(input.toWalletId, card.program.currency, input.amountMinor);
      m.spends.push({ cardId: card.id, atMs: m.now, amount: input.amountMinor });
      m.ops.set(input.operationId, { kind: 'card.transfer', input, output: out });
    },
  }, touch);
}
