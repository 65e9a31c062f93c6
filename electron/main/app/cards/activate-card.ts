import type { Input, Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { findCard, type CardRow } from '../../db/repositories/card.repo';
import type { CardPorts } from './card-ports';
import { effectiveState, readCardView } from './card-views';
import { liveCard, moveCard } from './card-writes';

export type ActivateCard = (input: Input<'cards.activate'>, caller: Caller) => Promise<Result<Output<'cards.activate'>>>;

type ActivatePorts = Pick<CardPorts, 'db' | 'mac' | 'clock' | 'pins' | 'hashing' | 'offsetMinutes'>;

function refusal(card: CardRow | undefined, nowMs: number, offsetMinutes: number): Result<never> | undefined {
  if (!card) return err('not_found', 'no such card');
  const state = effectiveState(card, nowMs, offsetMinutes);
  if (state === 'expired') return err('card_expired', 'the card has expired: reissue it');
  if (state !== 'pending_activation') return err('illegal_transition', `a card that is ${state} cannot be activated`);
  return undefined;
}

/**
 * The holder sets the card's first PIN: pending_activation → active, one `card.event`. The PIN is
 * hashed before the transaction (it is slow) and stored with the move in one statement.
 */
export function activateCard(ports: ActivatePorts): ActivateCard {
  return async (input, caller) => {
    const actor = { staffId: caller.staffId };
    const before = await ports.db.tx.read((tx) => findCard(tx, input.cardId));
    const early = refusal(before, ports.clock.nowMs(), ports.offsetMinutes(ports.clock.nowMs()));
    if (early) return early;
    const pin = await ports.hashing(() => ports.pins.hash(input.cardId, input.pin));
    return ports.db.tx.write(async (tx) => {
      const card = await liveCard(tx, ports, input.cardId, actor);
      const nowMs = ports.clock.nowMs();
      const refused = refusal(card, nowMs, ports.offsetMinutes(nowMs));
      if (refused || !card) return refused ?? err('not_found', 'no such card');
      const moved = await moveCard(tx, ports, card, { type: 'activate' }, 'POS', actor, { pin });
      return moved.ok ? ok(await readCardView(tx, moved.value, nowMs, ports.offsetMinutes(nowMs))) : moved;
    });
  };
}
