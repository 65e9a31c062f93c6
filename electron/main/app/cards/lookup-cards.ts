import type { Input, Output } from '../../../../shared/ipc/contract';
import { foldForSearch } from '../../../../shared/domain/customer-fields';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { parsePan } from '../../core/cards/pan';
import { parseScan } from '../../core/cards/scan';
import { cardsByLast4AndName, findCardByPanHmac, type CardRow } from '../../db/repositories/card.repo';
import type { CardPorts } from './card-ports';
import { readCardView } from './card-views';

export type LookupCards = (input: Input<'cards.lookup'>) => Promise<Result<Output<'cards.lookup'>>>;

const MATCHES_MAX = 20;

/**
 * Finds cards: by a typed number or a keyboard-wedge scan (track 1, track 2 or a digit burst),
 * through the keyed PAN index only (nothing is decrypted to search, and the scan is neither
 * stored nor logged); or by the last four digits and part of the holder's name. Masked answers.
 */
export function lookupCards(ports: Pick<CardPorts, 'db' | 'clock' | 'crypto' | 'offsetMinutes'>): LookupCards {
  return async (input) => {
    const { query } = input;
    let pan: string | undefined;
    if (query.by === 'pan') {
      const parsed = parsePan(query.pan);
      if (!parsed.ok) return err('invalid_pan', parsed.error.message);
      pan = parsed.value;
    } else if (query.by === 'scan') {
      const scanned = parseScan(query.scannedPan);
      if (!scanned.ok) return err('invalid_pan', scanned.error.message);
      pan = scanned.value.pan;
    }
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.read(async (tx) => {
      let cards: CardRow[];
      if (pan !== undefined) {
        const card = await findCardByPanHmac(tx, ports.crypto.panHmac(pan));
        cards = card ? [card] : [];
      } else if (query.by === 'last4') {
        cards = (await cardsByLast4AndName(tx, query.last4, foldForSearch(query.name), MATCHES_MAX)).map((m) => m.card);
      } else {
        cards = [];
      }
      const views = [];
      for (const card of cards) views.push(await readCardView(tx, card, nowMs, ports.offsetMinutes(nowMs)));
      return ok({ cards: views });
    });
  };
}
