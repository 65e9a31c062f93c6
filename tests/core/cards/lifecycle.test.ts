import { describe, expect, it } from 'vitest';
import {
  CARD_EVENT_TYPES, CARD_STATES, paymentRefusal, transition, type CardEvent, type CardEventType, type CardState, type CardTransition,
} from '../../../electron/main/core/cards/lifecycle';

/**
 * The expected machine, written out independently of the implementation's table: every
 * (state, event) pair has exactly one row. `null` means illegal_transition.
 */
type Expected = CardTransition | null;
const T = (state: CardState): CardTransition => ({ state, closeReason: null, replacement: false });
const LOST: CardTransition = { state: 'closed', closeReason: 'lost', replacement: true };
const STOLEN: CardTransition = { state: 'closed', closeReason: 'stolen', replacement: true };
const CLOSE: CardTransition = { state: 'closed', closeReason: 'user', replacement: false };
const REISSUE: CardTransition = { state: 'closed', closeReason: 'expired', replacement: true };

const EXPECTED: Record<CardState, Record<CardEventType, Expected>> = {
  pending_activation: {
    activate: T('active'), freeze: null, unfreeze: null, expire: T('expired'), reissue: null,
    report_lost: LOST, report_stolen: STOLEN, close: CLOSE,
  },
  active: {
    activate: null, freeze: T('frozen'), unfreeze: null, expire: T('expired'), reissue: null,
    report_lost: LOST, report_stolen: STOLEN, close: CLOSE,
  },
  frozen: {
    activate: null, freeze: null, unfreeze: T('active'), expire: T('expired'), reissue: null,
    report_lost: LOST, report_stolen: STOLEN, close: CLOSE,
  },
  expired: {
    activate: null, freeze: null, unfreeze: null, expire: null, reissue: REISSUE,
    report_lost: null, report_stolen: null, close: CLOSE,
  },
  closed: {
    activate: null, freeze: null, unfreeze: null, expire: null, reissue: null,
    report_lost: null, report_stolen: null, close: null,
  },
};

const event = (type: CardEventType, balanceMinor = 0): CardEvent => (type === 'close' ? { type, balanceMinor } : { type });

const PAIRS = CARD_STATES.flatMap((state) => CARD_EVENT_TYPES.map((type) => [state, type, EXPECTED[state][type]] as const));

describe('card lifecycle', () => {
  it('the table covers every (state, event) pair: 5 × 8', () => {
    expect(PAIRS).toHaveLength(40);
    expect(Object.keys(EXPECTED).sort()).toEqual([...CARD_STATES].sort());
    for (const state of CARD_STATES) expect(Object.keys(EXPECTED[state]).sort()).toEqual([...CARD_EVENT_TYPES].sort());
  });

  it.each(PAIRS)('%s + %s → %o', (state, type, expected) => {
    const result = transition(state, event(type));
    if (expected === null) {
      expect(result).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
      if (!result.ok) expect(result.error.message).toContain(state);
    } else {
      expect(result).toEqual({ ok: true, value: expected });
    }
  });

  it.each(CARD_STATES.filter((s) => s !== 'closed'))('%s: close with money left is balance_not_zero', (state) => {
    for (const balance of [1, -1, 100_000, Number.NaN]) {
      expect(transition(state, { type: 'close', balanceMinor: balance })).toMatchObject({ ok: false, error: { code: 'balance_not_zero' } });
    }
  });

  it('closed stays closed: illegal_transition wins over the balance check', () => {
    expect(transition('closed', { type: 'close', balanceMinor: 5 })).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
  });

  it('lost, stolen and reissue need no zero balance: the replacement takes it', () => {
    for (const state of ['active', 'frozen', 'pending_activation'] as const) {
      expect(transition(state, { type: 'report_lost' })).toMatchObject({ ok: true, value: { replacement: true } });
    }
    expect(transition('expired', { type: 'reissue' })).toMatchObject({ ok: true, value: { replacement: true } });
  });

  it('every reachable state is reached from pending_activation and closed is the only dead end', () => {
    const seen = new Set<CardState>(['pending_activation']);
    const queue: CardState[] = ['pending_activation'];
    while (queue.length > 0) {
      const state = queue.shift() as CardState;
      for (const type of CARD_EVENT_TYPES) {
        const result = transition(state, event(type));
        if (result.ok && !seen.has(result.value.state)) {
          seen.add(result.value.state);
          queue.push(result.value.state);
        }
      }
    }
    expect([...seen].sort()).toEqual([...CARD_STATES].sort());
    for (const state of CARD_STATES) {
      const exits = CARD_EVENT_TYPES.filter((type) => transition(state, event(type)).ok);
      expect(exits.length === 0).toBe(state === 'closed');
    }
  });

  it.each([
    ['active', null],
    ['pending_activation', 'card_not_activated'],
    ['frozen', 'card_frozen'],
    ['expired', 'card_expired'],
    ['closed', 'card_closed'],
  ] as const)('a %s card: payment refusal %s', (state, refusal) => {
    expect(paymentRefusal(state)).toBe(refusal);
  });
});
