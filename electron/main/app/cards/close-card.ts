import type { Input, Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { cardMoneyIn } from './card-account';
import type { CardPorts } from './card-ports';
import { readCardView } from './card-views';
import { liveCard, moveCard } from './card-writes';

export type CloseCard = (input: Input<'cards.close'>, caller: Caller) => Promise<Result<Output<'cards.close'>>>;

/**
 * Closes a card for good (reason `user`). Its balance, read in the same transaction, must be zero:
 * money still on it (held money included) is moved or refunded first (`balance_not_zero`).
 */
export function closeCard(ports: Pick<CardPorts, 'db' | 'mac' | 'clock' | 'terminalId' | 'offsetMinutes'>): CloseCard {
  return async (input, caller) => {
    const actor = { staffId: caller.staffId };
    return ports.db.tx.write(async (tx) => {
      const card = await liveCard(tx, ports, input.cardId, actor);
      if (!card) return err('not_found', 'no such card');
      const money = await cardMoneyIn(tx, ports, card, actor);
      const moved = await moveCard(tx, ports, card, { type: 'close', balanceMinor: money.balanceMinor }, 'POS', actor);
      const nowMs = ports.clock.nowMs();
      return moved.ok ? ok(await readCardView(tx, moved.value, nowMs, ports.offsetMinutes(nowMs))) : moved;
    });
  };
}
