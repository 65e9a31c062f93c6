import type { Input, Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { findCard, updateCardPin, type CardRow } from '../../db/repositories/card.repo';
import { chainState } from '../../db/repositories/state.repo';
import type { CardPorts } from './card-ports';
import { effectiveState, readCardView } from './card-views';
import { liveCard, reread } from './card-writes';
import { hashPin, pinRefusal, settlePin } from './pin-check';

export type ChangeCardPin = (input: Input<'cards.changePin'>, caller: Caller, origin: string) => Promise<Result<Output<'cards.changePin'>>>;

type ChangePinPorts = Pick<CardPorts, 'db' | 'mac' | 'clock' | 'pins' | 'hashing' | 'offsetMinutes'>;

function refusal(card: CardRow | undefined, nowMs: number, offsetMinutes: number): Result<never> | undefined {
  if (!card) return err('not_found', 'no such card');
  switch (effectiveState(card, nowMs, offsetMinutes)) {
    case 'pending_activation':
      return err('card_not_activated', 'the card has no PIN yet: activate it');
    case 'expired':
      return err('card_expired', 'the card has expired: reissue it');
    case 'closed':
      return err('card_closed', 'the card is closed');
    default:
      return undefined;
  }
}

/**
 * A new PIN for the holder who knows the old one (an active or frozen card). A wrong old PIN is a
 * wrong try like any other and counts towards the block.
 */
export function changeCardPin(ports: ChangePinPorts): ChangeCardPin {
  return async (input, caller, origin) => {
    const actor = { staffId: caller.staffId };
    const before = await ports.db.tx.read((tx) => findCard(tx, input.cardId));
    const startMs = ports.clock.nowMs();
    const early = refusal(before, startMs, ports.offsetMinutes(startMs));
    if (early || !before) return early ?? err('not_found', 'no such card');
    const blocked = pinRefusal(before);
    if (blocked) return blocked;
    const checked = await hashPin(ports, before, input.oldPin);
    // The new PIN is hashed only for a holder who knew the old one: a guesser pays one hash per try.
    const next = checked.matched ? await ports.hashing(() => ports.pins.hash(input.cardId, input.newPin)) : undefined;
    return ports.db.tx.write(async (tx) => {
      const card = await liveCard(tx, ports, input.cardId, actor);
      const nowMs = ports.clock.nowMs();
      const refused = refusal(card, nowMs, ports.offsetMinutes(nowMs));
      if (refused) return refused;
      const settled = await settlePin(tx, ports, checked, actor, origin);
      if (!settled.ok) return settled;
      if (!next) throw new Error('a matching PIN without its replacement hash');
      await updateCardPin(tx, input.cardId, next);
      await chainState(tx, ports.mac, 'card.state', input.cardId, nowMs);
      return ok(await readCardView(tx, await reread(tx, input.cardId), nowMs, ports.offsetMinutes(nowMs)));
    });
  };
}
