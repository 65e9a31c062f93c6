/**
 * Card issuance, PINs and the lifecycle for the domain model test, predicted from the model
 * (the lifecycle table of electron/main/core/cards/lifecycle.ts as docs/ledger.md §7 states it:
 * pending_activation → active ⇄ frozen; past its expiry month a card is expired and can only be
 * reissued or closed; lost/stolen → closed with a replacement that takes the balance; a plain
 * close needs a zero balance; closed is terminal).
 */
import { expect } from 'vitest';
import type { Input } from '../../shared/ipc/contract';
import { cardPinUnblockApproval } from '../../shared/ipc/contract/cards-lifecycle';
import { expectOk } from '../support/test-app';
import { plan, type Plan } from './domain-model-plan';
import { pastExpiryOf, type DomainModel, type ModelCard } from './domain-model-state';
import { MANAGER, type World } from './domain-model-world';

export function planIssue(m: DomainModel, input: Input<'cards.issue'>): Plan {
  if (m.cards.has(input.cardId)) return plan('cards.issue', input, { ok: false, code: 'card_already_issued' }, { cards: [input.cardId] });
  const program = m.programs.find((p) => p.id === input.programId);
  if (!program || !m.wallets.has(input.walletId)) return plan('cards.issue', input, { ok: false, code: 'not_found' });
  return plan('cards.issue', input, {
    ok: true,
    check: (out) => {
      expect([out.card.id, out.card.walletId, out.card.state, out.card.currency, out.card.pinSet, out.pan.length, out.card.last4])
        .toEqual([input.cardId, input.walletId, 'pending_activation', program.currency, false, 16, out.pan.slice(-4)]);
      expect(out.card.limits).toEqual(program.limits);
    },
    apply: (out) => m.cards.set(input.cardId, newCard(m, input.cardId, input.walletId, program, out.pan)),
  }, { cards: [input.cardId] });
}

const newCard = (m: DomainModel, id: string, walletId: string, program: ModelCard['program'], pan: string): ModelCard => ({
  id, walletId, program, pan, state: 'pending_activation', pastExpiry: pastExpiryOf(m.now, program.expiryMonths, m.offsetMinutes),
  closeReason: null, replacedBy: null, pin: null, failures: 0, blocked: false, posted: 0,
});

/** A write meets the card: a card past its expiry month is recorded as expired first (`writes`), whatever the call then answers. */
function meet(m: DomainModel, card: ModelCard): { readonly writes: boolean; readonly apply: () => void } {
  const writes = m.expiresNow(card);
  return { writes, apply: () => { if (writes) card.state = 'expired'; } };
}

export function planActivate(m: DomainModel, input: Input<'cards.activate'>): Plan {
  const card = m.card(input.cardId);
  const touch = { cards: [card.id] };
  const state = m.effective(card);
  if (state === 'expired') return plan('cards.activate', input, { ok: false, code: 'card_expired' }, touch);
  if (state !== 'pending_activation') return plan('cards.activate', input, { ok: false, code: 'illegal_transition' }, touch);
  return plan('cards.activate', input, {
    ok: true,
    check: (out) => expect([out.state, out.pinSet, out.pinTriesLeft]).toEqual(['active', true, 3]),
    apply: () => {
      card.state = 'active';
      card.pin = input.pin;
    },
  }, touch);
}

export function planFreeze(m: DomainModel, input: Input<'cards.freeze'>, frozen: boolean): Plan {
  const card = m.card(input.cardId);
  const [from, to] = frozen ? (['active', 'frozen'] as const) : (['frozen', 'active'] as const);
  const key = frozen ? 'cards.freeze' : 'cards.unfreeze';
  if (m.effective(card) === 'expired') return plan(key, input, { ok: false, code: 'card_expired', ...meet(m, card) }, { cards: [card.id] });
  if (card.state !== from) return plan(key, input, { ok: false, code: 'illegal_transition' }, { cards: [card.id] });
  return plan(key, input, {
    ok: true,
    check: (out) => expect(out.state).toBe(to),
    apply: () => {
      card.state = to;
    },
  }, { cards: [card.id] });
}

export function planClose(m: DomainModel, input: Input<'cards.close'>): Plan {
  const card = m.card(input.cardId);
  const touch = { cards: [card.id] };
  if (card.state === 'closed') return plan('cards.close', input, { ok: false, code: 'illegal_transition' }, touch);
  if (card.posted !== 0) return plan('cards.close', input, { ok: false, code: 'balance_not_zero', ...meet(m, card) }, touch);
  return plan('cards.close', input, {
    ok: true,
    check: (out) => expect([out.state, out.closeReason]).toEqual(['closed', 'user']),
    apply: () => {
      card.state = 'closed';
      card.closeReason = 'user';
    },
  }, touch);
}

/**
 * A replacement: the app sweeps due holds first (whatever it then answers), refuses a card with
 * holds still running, and otherwise issues the new card (pending activation, same wallet and
 * program) with the whole balance and closes the old one with the reason.
 */
export function planReplace(m: DomainModel, input: Input<'cards.replace'>): Plan {
  const old = m.card(input.cardId);
  const touch = { cards: [old.id, ...(m.cards.has(input.newCardId) ? [input.newCardId] : [])] };
  const sweeps = m.dueHolds().length > 0;
  if (m.cards.has(input.newCardId)) {
    return plan('cards.replace', input, { ok: false, code: 'card_already_issued', writes: sweeps, apply: () => m.sweep() }, touch);
  }
  const met = meet(m, old);
  const refuse = (code: 'illegal_transition' | 'card_has_open_holds'): Plan => plan('cards.replace', input, {
    ok: false, code, writes: sweeps || met.writes, apply: () => { m.sweep(); met.apply(); },
  }, touch);
  // lost and stolen close a pending, active or frozen card; an expired one is reissued (reason `expired`).
  const state = m.effective(old);
  const legal = state === 'expired' ? input.reason === 'expired' : state !== 'closed' && input.reason !== 'expired';
  if (!legal) return refuse('illegal_transition');
  if ([...m.holds.values()].some((h) => h.cardId === old.id && m.isLive(h))) return refuse('card_has_open_holds');
  const moved = old.posted;
  return plan('cards.replace', input, {
    ok: true,
    check: (out) => {
      expect([out.movedMinor, out.replaced.state, out.replaced.closeReason, out.replaced.replacedBy])
        .toEqual([moved, 'closed', input.reason, input.newCardId]);
      expect([out.issued.card.id, out.issued.card.state, out.issued.card.walletId, out.issued.card.programId])
        .toEqual([input.newCardId, 'pending_activation', old.walletId, old.program.id]);
    },
    apply: (out) => {
      m.sweep();
      const fresh = newCard(m, input.newCardId, old.walletId, old.program, out.issued.pan);
      fresh.posted = moved;
      m.cards.set(fresh.id, fresh);
      old.posted = 0;
      old.state = 'closed';
      old.closeReason = input.reason;
      old.replacedBy = fresh.id;
    },
  }, { cards: [old.id, input.newCardId] });
}

/** A PIN unblock: a second manager's approval for exactly this card, then cards.unblockPin as the owner. */
export function planUnblock(m: DomainModel, world: World, cardId: string): Plan {
  const card = m.card(cardId);
  const input = async (): Promise<Input<'cards.unblockPin'>> => {
    const granted = expectOk<{ approvalId: string }>(await world.t.call('approval.grant', {
      request: cardPinUnblockApproval(cardId), managerCode: MANAGER.staffCode, managerSecret: MANAGER.secret,
    }));
    return { cardId, approvalId: granted.approvalId };
  };
  if (!card.blocked) return plan('cards.unblockPin', input, { ok: false, code: 'pin_not_blocked' }, { cards: [cardId] });
  return plan('cards.unblockPin', input, {
    ok: true,
    check: (out) => expect([out.pinBlocked, out.pinTriesLeft]).toEqual([false, 3]),
    apply: () => {
      card.blocked = false;
      card.failures = 0;
    },
  }, { cards: [cardId] });
}

/** The holder's balance inquiry with the PIN: checked and counted like any PIN try. */
export function planBalanceWithPin(m: DomainModel, input: Input<'cards.balance'>): Plan {
  const card = cardByRef(m, input.card);
  if (!card) return plan('cards.balance', input, { ok: false, code: 'invalid_pan' });
  const touch = { cards: [card.id] };
  const early = m.pinRefusal(card);
  if (early) return plan('cards.balance', input, { ok: false, code: early }, touch);
  const right = input.pin === card.pin;
  if (!right) {
    const code = card.failures + 1 >= 3 ? 'pin_blocked' : 'wrong_pin';
    return plan('cards.balance', input, { ok: false, code, writes: true, apply: () => m.settlePin(card, false) }, touch);
  }
  const held = m.held(card.id);
  return plan('cards.balance', input, {
    ok: true,
    check: (out) => expect([out.card.id, out.balanceMinor, out.heldMinor, out.availableMinor]).toEqual([card.id, card.posted, held, card.posted - held]),
    apply: () => m.settlePin(card, true),
  }, touch);
}

/** The card a reference names: by id, or by its number (a mistyped number names none: its Luhn digit is wrong). */
export function cardByRef(m: DomainModel, ref: Input<'cards.balance'>['card']): ModelCard | undefined {
  return ref.by === 'id' ? m.card(ref.cardId) : [...m.cards.values()].find((c) => c.pan === ref.pan);
}

/** The card's number with one digit changed: the Luhn check digit catches every such change. */
export function mistypedPan(pan: string, n: number): string {
  const at = n % pan.length;
  const digit = Number(pan[at]);
  return pan.slice(0, at) + String((digit + 1 + (n % 9)) % 10) + pan.slice(at + 1);
}
