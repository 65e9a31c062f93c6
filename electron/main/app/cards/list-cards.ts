import type { Input, Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { cardsOfWallet } from '../../db/repositories/card.repo';
import { findWallet } from '../../db/repositories/wallet.repo';
import type { CardPorts } from './card-ports';
import { readCardView } from './card-views';

export type ListCards = (input: Input<'cards.list'>) => Promise<Result<Output<'cards.list'>>>;

const CARDS_PER_WALLET_MAX = 100;

/** A wallet's cards, newest first, masked. */
export function listCards(ports: Pick<CardPorts, 'db' | 'clock' | 'offsetMinutes'>): ListCards {
  return async (input) => {
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.read(async (tx) => {
      if (!(await findWallet(tx, input.walletId))) return err('not_found', 'no such wallet');
      const cards = await cardsOfWallet(tx, input.walletId, CARDS_PER_WALLET_MAX);
      const views = [];
      for (const card of cards) views.push(await readCardView(tx, card, nowMs, ports.offsetMinutes(nowMs)));
      return ok(views);
    });
  };
}
