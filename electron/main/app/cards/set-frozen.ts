import type { Input, Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import type { CardPorts } from './card-ports';
import { readCardView } from './card-views';
import { liveCard, moveCard } from './card-writes';

export type SetCardFrozen = (input: Input<'cards.freeze'>, frozen: boolean, caller: Caller) => Promise<Result<Output<'cards.freeze'>>>;

/**
 * Freezes an active card (it refuses payments and top-ups until unfrozen) or unfreezes a frozen
 * one; anything else is `illegal_transition`, and an expired card says so.
 */
export function setCardFrozen(ports: Pick<CardPorts, 'db' | 'mac' | 'clock' | 'offsetMinutes'>): SetCardFrozen {
  return async (input, frozen, caller) => {
    const actor = { staffId: caller.staffId };
    return ports.db.tx.write(async (tx) => {
      const card = await liveCard(tx, ports, input.cardId, actor);
      if (!card) return err('not_found', 'no such card');
      if (card.state === 'expired') return err('card_expired', 'the card has expired: reissue it');
      const moved = await moveCard(tx, ports, card, { type: frozen ? 'freeze' : 'unfreeze' }, 'POS', actor);
      const nowMs = ports.clock.nowMs();
      return moved.ok ? ok(await readCardView(tx, moved.value, nowMs, ports.offsetMinutes(nowMs))) : moved;
    });
  };
}
