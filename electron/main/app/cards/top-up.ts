import type { Input, Output } from '../../../../shared/ipc/contract';
import { newId } from '../../../../shared/domain/ids';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { TENDER_ACCOUNT } from '../../../../shared/domain/tender';
import { evaluateTopUp } from '../../core/cards/limits';
import type { Caller } from '../../core/staff/caller';
import { appendRecord, type StoredRecord } from '../../db/repositories/record.repo';
import type { WriteTx } from '../../db/tx';
import { ensureAccountIn } from '../ledger/owned-accounts';
import { cardMoneyIn } from './card-account';
import { bodyOf, CARD_TRANSFER_CODES, conflict, limitRefusal, priorOutcome, submitCardBatch, usageIn, writeMoney } from './card-money';
import type { CardPorts } from './card-ports';
import { liveCard } from './card-writes';

export type TopUpCard = (input: Input<'cards.topUp'>, caller: Caller) => Promise<Result<Output<'cards.topUp'>>>;
type TopUpPorts = Pick<CardPorts, 'db' | 'mac' | 'clock' | 'terminalId' | 'offsetMinutes'>;

const STATE_REFUSALS = {
  frozen: err('card_frozen', 'the card is frozen: unfreeze it first'),
  expired: err('card_expired', 'the card has expired: reissue it'),
  closed: err('card_closed', 'the card is closed'),
} as const;

async function replay(tx: WriteTx, ports: TopUpPorts, input: Input<'cards.topUp'>, record: StoredRecord, caller: Caller): Promise<Result<Output<'cards.topUp'>>> {
  const body = bodyOf(record, 'card.topup');
  if (body.cardId !== input.cardId || body.amountMinor !== input.amountMinor || JSON.stringify(body.tender) !== JSON.stringify(input.tender)) {
    return conflict();
  }
  const card = await liveCard(tx, ports, body.cardId, { staffId: caller.staffId });
  const balanceMinor = card ? (await cardMoneyIn(tx, ports, card, { staffId: caller.staffId })).balanceMinor : 0;
  return ok({
    operationId: body.operationId, cardId: body.cardId, currency: body.currency, atMs: record.atMs, replayed: true,
    amountMinor: body.amountMinor, tenderKind: body.tender.kind, balanceMinor,
  });
}

/**
 * Money onto a card from a tender: the tender's merchant account (cash drawer, external-card or
 * bank clearing) → the card's account, one batch with the operation id, and the `card.topup`
 * record with the tender's reference. A card waiting for activation may be loaded; a frozen,
 * expired or closed one may not. The maximum balance and the day's top-up limit are checked in
 * the same transaction, exactly at the boundary.
 */
export function topUpCard(ports: TopUpPorts): TopUpCard {
  return async (input, caller) => {
    const actor = { staffId: caller.staffId };
    return writeMoney(ports, async (tx) => {
      const prior = await priorOutcome(tx, input.operationId, 'card.topup');
      if (prior.kind === 'record') return replay(tx, ports, input, prior.record, caller);
      if (prior.kind === 'refused') return { ok: false, error: prior.error };
      const card = await liveCard(tx, ports, input.cardId, actor);
      if (!card) return err('not_found', 'no such card');
      if (card.state !== 'pending_activation' && card.state !== 'active') return STATE_REFUSALS[card.state];
      const money = await cardMoneyIn(tx, ports, card, actor);
      const overLimit = limitRefusal(evaluateTopUp(card.limits, await usageIn(tx, ports, money), input.amountMinor));
      if (overLimit) return overLimit;
      const currency = money.program.currency;
      const from = await ensureAccountIn(tx, ports, { name: TENDER_ACCOUNT[input.tender.kind], currency }, actor);
      const booked = await submitCardBatch(tx, ports, {
        id: input.operationId,
        legs: [{
          kind: 'single', id: newId(), currency, debitAccountId: from, creditAccountId: money.accountId,
          amountMinor: input.amountMinor, code: CARD_TRANSFER_CODES.topUp,
        }],
      }, actor);
      if (!booked.ok) return booked;
      const atMs = ports.clock.nowMs();
      await appendRecord(tx, ports.mac, {
        kind: 'card.topup', subjectId: input.operationId, actorId: actor.staffId, atMs,
        body: { operationId: input.operationId, cardId: card.id, walletId: card.walletId, currency, amountMinor: input.amountMinor, tender: input.tender },
      });
      return ok({
        operationId: input.operationId, cardId: card.id, currency, atMs, replayed: false, amountMinor: input.amountMinor,
        tenderKind: input.tender.kind, balanceMinor: money.balanceMinor + input.amountMinor,
      });
    });
  };
}
