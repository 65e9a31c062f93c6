import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { recordsOf } from '../../../electron/main/db/repositories/record.repo';
import { cardTestApp, code, type CardTestApp } from './card-fixture';

/**
 * Every lifecycle call from every state, through the real dispatch: the legal moves land in the
 * state the table says and write one `card.event`; the illegal ones are a typed refusal and write
 * nothing (an expired card was moved to `expired` by the system first, which is written).
 */
type From = 'pending_activation' | 'active' | 'frozen' | 'expired' | 'closed';
type Action = 'activate' | 'freeze' | 'unfreeze' | 'close' | 'lost' | 'stolen' | 'reissue';

const EXPECTED: Record<From, Record<Action, string>> = {
  pending_activation: { activate: 'active', freeze: 'illegal_transition', unfreeze: 'illegal_transition', close: 'closed', lost: 'closed', stolen: 'closed', reissue: 'illegal_transition' },
  active: { activate: 'illegal_transition', freeze: 'frozen', unfreeze: 'illegal_transition', close: 'closed', lost: 'closed', stolen: 'closed', reissue: 'illegal_transition' },
  frozen: { activate: 'illegal_transition', freeze: 'illegal_transition', unfreeze: 'active', close: 'closed', lost: 'closed', stolen: 'closed', reissue: 'illegal_transition' },
  expired: { activate: 'card_expired', freeze: 'card_expired', unfreeze: 'card_expired', close: 'closed', lost: 'illegal_transition', stolen: 'illegal_transition', reissue: 'closed' },
  closed: { activate: 'illegal_transition', freeze: 'illegal_transition', unfreeze: 'illegal_transition', close: 'illegal_transition', lost: 'illegal_transition', stolen: 'illegal_transition', reissue: 'illegal_transition' },
};
const CLOSE_REASON: Partial<Record<Action, string>> = { close: 'user', lost: 'lost', stolen: 'stolen', reissue: 'expired' };

let app: CardTestApp;
beforeAll(async () => {
  app = await cardTestApp();
});
afterAll(async () => app.t.close());

/** A card in `from`, with no money on it (so a plain close is allowed). */
async function cardIn(from: From): Promise<string> {
  const { cardId } = await app.card({ activate: from !== 'pending_activation', topUpMinor: 0, expiryMonths: from === 'expired' ? 1 : 36 });
  if (from === 'frozen') await app.ok('cards.freeze', { cardId });
  if (from === 'closed') await app.ok('cards.close', { cardId });
  if (from === 'expired') {
    await app.advance(70 * 86_400_000);
    // The first write that touches it records the system's move to `expired`.
    expect(code(await app.call('cards.freeze', { cardId }))).toBe('card_expired');
  }
  return cardId;
}

function act(action: Action, cardId: string) {
  switch (action) {
    case 'activate':
      return app.call('cards.activate', { cardId, pin: '2468' });
    case 'freeze':
    case 'unfreeze':
    case 'close':
      return app.call(`cards.${action}`, { cardId });
    case 'lost':
    case 'stolen':
      return app.call('cards.replace', { cardId, newCardId: newId(), reason: action });
    case 'reissue':
      return app.call('cards.replace', { cardId, newCardId: newId(), reason: 'expired' });
  }
}

const CASES = (Object.keys(EXPECTED) as From[]).flatMap((from) => (Object.keys(EXPECTED[from]) as Action[]).map((action) => [from, action] as const));

describe('card lifecycle through the contract', () => {
  it.each(CASES)('%s → %s', async (from, action) => {
    const cardId = await cardIn(from);
    const before = await app.t.mark();
    const events = async () => app.t.db.tx.read((tx) => recordsOf(tx, cardId, ['card.event']));
    const eventsBefore = (await events()).length;
    const reply = await act(action, cardId);
    const expected = EXPECTED[from][action];
    if (expected === 'illegal_transition' || expected === 'card_expired') {
      expect(code(reply)).toBe(expected);
      expect(await app.t.mark(), 'a refused move writes nothing').toEqual(before);
      return;
    }
    expect(code(reply)).toBe('ok');
    const after = await events();
    expect(after.length).toBe(eventsBefore + 1);
    const last = after[after.length - 1]?.body as { from: string; to: string; closeReason: string | null; channel: string };
    expect(last).toMatchObject({ from, to: expected, closeReason: CLOSE_REASON[action] ?? null, channel: 'POS' });
    if (action === 'lost' || action === 'stolen' || action === 'reissue') {
      const replaced = (reply.ok ? reply.value : {}) as { replaced: { state: string; replacedBy: string }; issued: { card: { id: string; state: string } } };
      expect(replaced.replaced).toMatchObject({ state: 'closed', replacedBy: replaced.issued.card.id });
      expect(replaced.issued.card.state).toBe('pending_activation');
    } else {
      expect((reply.ok ? reply.value : {}) as { state: string }).toMatchObject({ state: expected });
    }
  });

  it('a system expiry is recorded once, on the SYSTEM channel, and the ledger verifies', async () => {
    const cardId = await cardIn('expired');
    const events = (await app.t.db.tx.read((tx) => recordsOf(tx, cardId, ['card.event']))).map((r) => r.body);
    expect(events).toEqual([
      { cardId, event: 'activate', from: 'pending_activation', to: 'active', closeReason: null, channel: 'POS' },
      { cardId, event: 'expire', from: 'active', to: 'expired', closeReason: null, channel: 'SYSTEM' },
    ]);
    expect((await app.t.app.useCases.verifyLedger()).ok).toBe(true);
  });
});
