import type { Input, Output } from '../../../../shared/ipc/contract';
import { newId } from '../../../../shared/domain/ids';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { transition, type CardEvent } from '../../core/cards/lifecycle';
import type { Caller } from '../../core/staff/caller';
import { openHoldIds } from '../../db/repositories/card-usage.repo';
import { findCard } from '../../db/repositories/card.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { cardMoneyIn } from './card-account';
import { CARD_TRANSFER_CODES, submitCardBatch, writeMoney } from './card-money';
import type { CardPorts } from './card-ports';
import { readCardView } from './card-views';
import { liveCard, moveCard } from './card-writes';
import { issueCardIn, issuedAnswer, type IssuePorts } from './issue-card';

export type ReplaceCard = (input: Input<'cards.replace'>, caller: Caller) => Promise<Result<Output<'cards.replace'>>>;
type ReplacePorts = IssuePorts & Pick<CardPorts, 'ledger'>;

const EVENT_OF: Readonly<Record<Input<'cards.replace'>['reason'], CardEvent>> = {
  lost: { type: 'report_lost' },
  stolen: { type: 'report_stolen' },
  expired: { type: 'reissue' },
};

/**
 * A lost or stolen card (pending, active or frozen), or an expired one, replaced in one
 * transaction: a new card with a new number on the same wallet and program (pending activation:
 * the holder sets a PIN for it), the old card's whole balance moved to it in one batch whose id
 * is the new card's, the old card closed with its reason and pointing at its replacement, and the
 * `card.replaced` record. Open authorisations on the old card must be captured or released first
 * (their money could not move); holds already past their expiry are swept before.
 */
export function replaceCard(ports: ReplacePorts): ReplaceCard {
  return async (input, caller) => {
    const actor = { staffId: caller.staffId };
    const swept = await ports.ledger.expireHolds(actor);
    if (!swept.ok) return swept;
    return writeMoney(ports, async (tx) => {
      if (await findCard(tx, input.newCardId)) return err('card_already_issued', 'the new card id was issued already; its number is shown once');
      const old = await liveCard(tx, ports, input.cardId, actor);
      if (!old) return err('not_found', 'no such card');
      const event = EVENT_OF[input.reason];
      const allowed = transition(old.state, event);
      if (!allowed.ok) return err(allowed.error.code, allowed.error.message);
      const money = await cardMoneyIn(tx, ports, old, actor);
      const nowMs = ports.clock.nowMs();
      if ((await openHoldIds(tx, money.accountId, nowMs)).length > 0) {
        return err('card_has_open_holds', 'the card has open authorisations: capture or release them first');
      }
      const issued = await issueCardIn(tx, ports, { cardId: input.newCardId, walletId: old.walletId, program: money.program, replaces: old.id }, actor);
      if (!issued.ok) return issued;
      const currency = money.program.currency;
      const movedMinor = money.balanceMinor;
      if (movedMinor > 0) {
        const to = await cardMoneyIn(tx, ports, issued.value.card, actor);
        const booked = await submitCardBatch(tx, ports, {
          id: input.newCardId,
          legs: [{
            kind: 'single', id: newId(), currency, debitAccountId: money.accountId, creditAccountId: to.accountId,
            amountMinor: movedMinor, code: CARD_TRANSFER_CODES.replace,
          }],
        }, actor);
        // Nothing is held and the whole posted balance moves: a refusal here is a bug, and it must
        // take the new card with it (throwing rolls the transaction back).
        if (!booked.ok) throw new Error(`moving card ${old.id}'s balance was refused: ${booked.error.code}`);
      }
      const closed = await moveCard(tx, ports, old, event, 'POS', actor, { replacedBy: input.newCardId });
      if (!closed.ok) throw new Error(`replacing card ${old.id}: ${closed.error.message}`);
      await appendRecord(tx, ports.mac, {
        kind: 'card.replaced', subjectId: input.newCardId, actorId: actor.staffId, atMs: nowMs,
        body: { operationId: input.newCardId, oldCardId: old.id, newCardId: input.newCardId, reason: input.reason, currency, movedMinor },
      });
      return ok({
        replaced: await readCardView(tx, closed.value, nowMs, ports.offsetMinutes(nowMs)),
        issued: await issuedAnswer(tx, ports, issued.value),
        movedMinor,
      });
    });
  };
}
