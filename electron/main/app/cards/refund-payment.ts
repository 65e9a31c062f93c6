import type { Input, Output } from '../../../../shared/ipc/contract';
import { newId } from '../../../../shared/domain/ids';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { refundedAgainst } from '../../db/repositories/card-usage.repo';
import { appendRecord, firstRecord, type StoredRecord } from '../../db/repositories/record.repo';
import type { ReadTx } from '../../db/tx';
import { ensureAccountIn } from '../ledger/owned-accounts';
import { cardMoneyIn } from './card-account';
import { bodyOf, CARD_TRANSFER_CODES, conflict, priorOutcome, submitCardBatch, writeMoney } from './card-money';
import type { CardPorts } from './card-ports';
import { liveCard } from './card-writes';

export type RefundPayment = (input: Input<'cards.refund'>, caller: Caller) => Promise<Result<Output<'cards.refund'>>>;

/** What is left to refund of a captured payment: captured less the refunds already made. */
async function refundable(tx: ReadTx, paymentOperationId: string, capturedMinor: number): Promise<number> {
  return capturedMinor - (await refundedAgainst(tx, paymentOperationId, 'card.refund'));
}

async function replay(tx: ReadTx, input: Input<'cards.refund'>, record: StoredRecord): Promise<Result<Output<'cards.refund'>>> {
  const body = bodyOf(record, 'card.refund');
  if (body.paymentOperationId !== input.paymentOperationId || body.amountMinor !== input.amountMinor) return conflict();
  const capture = await firstRecord(tx, body.paymentOperationId, 'card.payment.captured');
  const captured = capture ? bodyOf(capture, 'card.payment.captured').amountMinor : 0;
  return ok({
    operationId: body.operationId, cardId: body.cardId, currency: body.currency, atMs: record.atMs, replayed: true,
    paymentOperationId: body.paymentOperationId, amountMinor: body.amountMinor,
    refundableMinor: await refundable(tx, body.paymentOperationId, captured),
  });
}

/**
 * Money back onto a card against a captured card payment (`paymentOperationId` is its capture's
 * operation id): merchant sales → the card, at most what was captured less the refunds already
 * made, checked in the booking transaction. A closed card takes no refund (its money would be
 * stranded); a frozen or expired one does (reissue moves it on).
 */
export function refundPayment(ports: Pick<CardPorts, 'db' | 'mac' | 'clock' | 'terminalId' | 'offsetMinutes'>): RefundPayment {
  return async (input, caller) => {
    const actor = { staffId: caller.staffId };
    return writeMoney(ports, async (tx) => {
      const prior = await priorOutcome(tx, input.operationId, 'card.refund');
      if (prior.kind === 'record') return replay(tx, input, prior.record);
      if (prior.kind === 'refused') return { ok: false, error: prior.error };
      const capture = await firstRecord(tx, input.paymentOperationId, 'card.payment.captured');
      if (!capture) return err('not_found', 'no captured card payment has this operation id');
      const payment = bodyOf(capture, 'card.payment.captured');
      const card = await liveCard(tx, ports, payment.cardId, actor);
      if (!card) throw new Error(`paid card ${payment.cardId} vanished`);
      if (card.state === 'closed') return err('card_closed', 'the card is closed: it cannot take a refund');
      const left = await refundable(tx, input.paymentOperationId, payment.amountMinor);
      if (input.amountMinor > left) return err('refund_exceeds_payment', `at most ${left} of this payment can still be refunded`);
      const money = await cardMoneyIn(tx, ports, card, actor);
      const currency = money.program.currency;
      const merchant = await ensureAccountIn(tx, ports, { name: 'merchantSales', currency }, actor);
      const booked = await submitCardBatch(tx, ports, {
        id: input.operationId,
        legs: [{
          kind: 'single', id: newId(), currency, debitAccountId: merchant, creditAccountId: money.accountId,
          amountMinor: input.amountMinor, code: CARD_TRANSFER_CODES.refund,
        }],
      }, actor);
      if (!booked.ok) return booked;
      const atMs = ports.clock.nowMs();
      await appendRecord(tx, ports.mac, {
        kind: 'card.refund', subjectId: input.operationId, actorId: actor.staffId, atMs,
        body: { operationId: input.operationId, paymentOperationId: input.paymentOperationId, cardId: card.id, currency, amountMinor: input.amountMinor },
      });
      return ok({
        operationId: input.operationId, cardId: card.id, currency, atMs, replayed: false, paymentOperationId: input.paymentOperationId,
        amountMinor: input.amountMinor, refundableMinor: left - input.amountMinor,
      });
    });
  };
}
