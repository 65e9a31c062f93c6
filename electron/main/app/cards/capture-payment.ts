import type { Input, Output } from '../../../../shared/ipc/contract';
import { newId } from '../../../../shared/domain/ids';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { appendRecord, type StoredRecord } from '../../db/repositories/record.repo';
import { bodyOf, CARD_TRANSFER_CODES, conflict, priorOutcome, submitCardBatch, writeMoney } from './card-money';
import type { CardPorts } from './card-ports';
import { openAuthorization } from './payment-hold';

export type CapturePayment = (input: Input<'cards.capture'>, caller: Caller) => Promise<Result<Output<'cards.capture'>>>;

function replay(input: Input<'cards.capture'>, record: StoredRecord): Result<Output<'cards.capture'>> {
  const body = bodyOf(record, 'card.payment.captured');
  const sameAmount = input.amountMinor === undefined || input.amountMinor === body.amountMinor;
  if (body.authorizationId !== input.authorizationId || !sameAmount) return conflict();
  return ok({
    operationId: body.operationId, cardId: body.cardId, currency: body.currency, atMs: record.atMs, replayed: true,
    authorizationId: body.authorizationId, amountMinor: body.amountMinor, releasedMinor: body.releasedMinor,
  });
}

/**
 * A card payment's second phase: the hold posted to merchant sales, in full or in part; the part
 * not taken goes back to the card in the same transfer (the ledger resolves a hold once). The
 * card's state does not matter any more: the money was reserved when it was authorised.
 */
export function capturePayment(ports: Pick<CardPorts, 'db' | 'mac' | 'clock' | 'terminalId'>): CapturePayment {
  return async (input, caller) => {
    const actor = { staffId: caller.staffId };
    return writeMoney(ports, async (tx) => {
      const prior = await priorOutcome(tx, input.operationId, 'card.payment.captured');
      if (prior.kind === 'record') return replay(input, prior.record);
      if (prior.kind === 'refused') return { ok: false, error: prior.error };
      const nowMs = ports.clock.nowMs();
      const open = await openAuthorization(tx, input.authorizationId, nowMs);
      if (!open.ok) return open;
      const { authorization, hold } = open.value;
      const amountMinor = input.amountMinor ?? hold.amountMinor;
      if (amountMinor > hold.amountMinor) return err('post_exceeds_hold', `at most ${hold.amountMinor} can be captured`);
      const booked = await submitCardBatch(tx, ports, {
        id: input.operationId,
        legs: [{ kind: 'post', id: newId(), pendingId: authorization.holdId, amountMinor, code: CARD_TRANSFER_CODES.capture }],
      }, actor);
      if (!booked.ok) return booked;
      const releasedMinor = hold.amountMinor - amountMinor;
      await appendRecord(tx, ports.mac, {
        kind: 'card.payment.captured', subjectId: input.operationId, actorId: actor.staffId, atMs: nowMs,
        body: {
          operationId: input.operationId, authorizationId: input.authorizationId, cardId: authorization.cardId,
          currency: authorization.currency, amountMinor, releasedMinor,
        },
      });
      return ok({
        operationId: input.operationId, cardId: authorization.cardId, currency: authorization.currency, atMs: nowMs, replayed: false,
        authorizationId: input.authorizationId, amountMinor, releasedMinor,
      });
    });
  };
}
