import { err, ok, type Result } from '../../../../shared/domain/result';
import { afterRightPin, afterWrongPin, triesLeft } from '../../core/cards/pin-tries';
import { updateCardPinTries, type CardRow } from '../../db/repositories/card.repo';
import { appendAudit } from '../../db/repositories/audit.repo';
import { chainState } from '../../db/repositories/state.repo';
import type { WriteTx } from '../../db/tx';
import type { Actor } from '../ledger/ports';
import type { CardPorts } from './card-ports';
import { reread } from './card-writes';

/**
 * The card PIN check (security.md §4), in two halves around the slow hash. The hash runs outside
 * any transaction (0.1 s in production must not hold the write lock), in the one hashing slot;
 * the try counter is then settled inside the write transaction of the call, so a wrong PIN is
 * counted even though the call is refused, and a concurrent attempt cannot be lost. The PIN
 * itself goes nowhere but the hasher: not into a row, a record, an audit detail or a message.
 */
export type PinCheckPorts = Pick<CardPorts, 'mac' | 'clock' | 'pins' | 'hashing'>;

export type CheckedPin = { readonly card: CardRow; readonly matched: boolean };

/** What is refused before hashing at all: no PIN set yet, or a blocked one. */
export function pinRefusal(card: CardRow): Result<never> | undefined {
  if (card.pin === null) return err('card_not_activated', 'the card has no PIN yet: activate it first');
  if (card.pinBlocked) return err('pin_blocked', 'the PIN is blocked after three wrong tries: a manager must unblock it');
  return undefined;
}

/** The slow half: the card as read before, and whether `pin` matches its stored hash. */
export async function hashPin(ports: Pick<PinCheckPorts, 'pins' | 'hashing'>, card: CardRow, pin: string): Promise<CheckedPin> {
  const stored = card.pin;
  const matched = stored ? await ports.hashing(() => ports.pins.matches(card.id, pin, stored)) : false;
  return { card, matched };
}

const sameSalt = (a: CardRow['pin'], b: CardRow['pin']) => a !== null && b !== null && Buffer.from(a.salt).equals(Buffer.from(b.salt));

/**
 * The write half, in the call's transaction: a right PIN clears the count, a wrong one adds to it
 * (the third blocks the PIN and is answered `pin_blocked`), each chained, a wrong one audited.
 */
export async function settlePin(tx: WriteTx, ports: PinCheckPorts, checked: CheckedPin, actor: Actor, origin: string): Promise<Result<CardRow>> {
  const card = await reread(tx, checked.card.id);
  const refused = pinRefusal(card);
  if (refused) return refused;
  // Changed between the hash and now (another till set a new one): not this PIN's fault, not counted.
  if (!sameSalt(card.pin, checked.card.pin)) return err('wrong_pin', 'the PIN was changed meanwhile: enter the new one');
  const nowMs = ports.clock.nowMs();
  if (checked.matched) {
    if (card.pinFailures === 0) return ok(card);
    const cleared = afterRightPin();
    await updateCardPinTries(tx, card.id, cleared.failures, cleared.blocked);
    await chainState(tx, ports.mac, 'card.state', card.id, nowMs);
    return ok(await reread(tx, card.id));
  }
  const tries = afterWrongPin(card.pinFailures);
  await updateCardPinTries(tx, card.id, tries.failures, tries.blocked);
  await chainState(tx, ports.mac, 'card.state', card.id, nowMs);
  await appendAudit(tx, ports.mac, {
    kind: 'audit.cardPinFailed', staffId: actor.staffId, origin, detail: { cardId: card.id, failures: tries.failures, blocked: tries.blocked },
  }, nowMs);
  if (tries.blocked) return err('pin_blocked', 'the PIN is now blocked after three wrong tries: a manager must unblock it');
  const left = triesLeft(tries.failures);
  return err('wrong_pin', `the PIN is wrong: ${left} ${left === 1 ? 'try' : 'tries'} left before it is blocked`);
}
