import { err, ok, type Result } from '../../../../shared/domain/result';
import type { CardRef } from '../../../../shared/ipc/contract/cards-schemas';
import { parsePan } from '../../core/cards/pan';
import { findCard, findCardByPanHmac, type CardRow } from '../../db/repositories/card.repo';
import type { ReadTx } from '../../db/tx';
import type { CardPorts } from './card-ports';

/**
 * The card a call names: by id, or by a typed or scanned number, which is checked (length, Luhn)
 * and then found through the keyed index alone; nothing is decrypted to search.
 */
export async function resolveCard(tx: ReadTx, ports: Pick<CardPorts, 'crypto'>, ref: CardRef): Promise<Result<CardRow>> {
  if (ref.by === 'id') {
    const card = await findCard(tx, ref.cardId);
    return card ? ok(card) : err('not_found', 'no such card');
  }
  const pan = parsePan(ref.pan);
  if (!pan.ok) return err('invalid_pan', pan.error.message);
  const card = await findCardByPanHmac(tx, ports.crypto.panHmac(pan.value));
  return card ? ok(card) : err('not_found', 'no card has this number');
}
