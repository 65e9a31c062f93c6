/**
 * The card lifecycle, one checked state machine (design ledger.md §7.5):
 *
 *   pending_activation ──activate (PIN set)──▶ active ◀──freeze / unfreeze──▶ frozen
 *   pending_activation, active, frozen ──expire──▶ expired ──reissue──▶ closed (+ replacement)
 *   pending_activation, active, frozen ──report_lost / report_stolen──▶ closed (+ replacement)
 *   any state but closed ──close (balance zero)──▶ closed
 *
 * `closed` is terminal. A replacement (lost, stolen, reissue of an expired card) is a new card id
 * that takes the balance in the same ledger batch, which is why those closes need no zero
 * balance while a plain close does. Anything not in the table is `illegal_transition`. Only an
 * active card may pay (`paymentRefusal`).
 */

import type { CardEventType, CardState, CloseReason } from '../../../../shared/domain/cards';

// The names live in shared/ (the contract, the records and the chained state use them too); the
// moves are here.
export {
  CARD_EVENT_TYPES, CARD_STATES, type CardEventType, type CardState, type CloseReason,
} from '../../../../shared/domain/cards';

export type CardEvent =
  | { readonly type: Exclude<CardEventType, 'close'> }
  /** The card's balance in minor units as read in the same transaction. */
  | { readonly type: 'close'; readonly balanceMinor: number };

export type CardTransition = {
  readonly state: CardState;
  /** Set when the event closes the card. */
  readonly closeReason: CloseReason | null;
  /** The caller issues a new card that takes over the balance in the same batch. */
  readonly replacement: boolean;
};

export type LifecycleErrorCode = 'illegal_transition' | 'balance_not_zero';
export type LifecycleResult =
  | { readonly ok: true; readonly value: CardTransition }
  | { readonly ok: false; readonly error: { readonly code: LifecycleErrorCode; readonly message: string } };

const to = (state: CardState): CardTransition => ({ state, closeReason: null, replacement: false });
const closed = (closeReason: CloseReason, replacement: boolean): CardTransition => ({ state: 'closed', closeReason, replacement });

/** The whole machine; a missing entry is an illegal transition. */
const TABLE: { readonly [S in CardState]: Partial<Record<CardEventType, CardTransition>> } = {
  pending_activation: {
    activate: to('active'),
    expire: to('expired'),
    report_lost: closed('lost', true),
    report_stolen: closed('stolen', true),
    close: closed('user', false),
  },
  active: {
    freeze: to('frozen'),
    expire: to('expired'),
    report_lost: closed('lost', true),
    report_stolen: closed('stolen', true),
    close: closed('user', false),
  },
  frozen: {
    unfreeze: to('active'),
    expire: to('expired'),
    report_lost: closed('lost', true),
    report_stolen: closed('stolen', true),
    close: closed('user', false),
  },
  expired: {
    reissue: closed('expired', true),
    close: closed('user', false),
  },
  closed: {},
};

export function transition(state: CardState, event: CardEvent): LifecycleResult {
  const next = TABLE[state][event.type];
  if (next === undefined) {
    return { ok: false, error: { code: 'illegal_transition', message: `a card that is ${state} cannot ${event.type}` } };
  }
  // A plain close must not strand money: the balance is moved out (or refunded) first.
  if (event.type === 'close' && event.balanceMinor !== 0) {
    return { ok: false, error: { code: 'balance_not_zero', message: 'move or refund the balance before closing the card' } };
  }
  return { ok: true, value: next };
}

export type PaymentRefusal = 'card_not_activated' | 'card_frozen' | 'card_expired' | 'card_closed';

/** Why a card in `state` may not pay, or null when it may (active only). */
export function paymentRefusal(state: CardState): PaymentRefusal | null {
  switch (state) {
    case 'active':
      return null;
    case 'pending_activation':
      return 'card_not_activated';
    case 'frozen':
      return 'card_frozen';
    case 'expired':
      return 'card_expired';
    case 'closed':
      return 'card_closed';
  }
}
