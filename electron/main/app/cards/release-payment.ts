import type { Input, Output } from '../../../../shared/ipc/contract';
import { newId } from '../../../../shared/domain/ids';
import { ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { appendRecord, type StoredRecord } from '../../db/repositories/record.repo';
import { bodyOf, CARD_TRANSFER_CODES, conflict, priorOutcome, submitCardBatch, writeMoney } from './card-money';
import type { CardPorts } from './card-ports';
import { openAuthorization } from './payment-hold';

export type ReleasePayment = (input: Input<'cards.release'>, caller: Caller) => Promise<Result<Output<'cards.release'>>>;

function replay(input: Input<'cards.release'>, record: StoredRecord): Result<Output<'cards.release'>> {
  const body = bodyOf(record, 'card.payment.released');
  if (body.authorizationId !== input.authorizationId) return conflict();
  return ok({
    operationId: body.operationId, cardId: body.cardId, currency: body.currency, atMs: record.atMs, replayed: true,
    authorizationId: body.authorizationId, amountMinor: body.amountMinor,
  });
}

/** Gives a card authorisation back whole (a `void` of its hold); the card can spend it again at once. */
export function releasePayment(ports: Pick<CardPorts, 'db' | 'mac' | 'clock' | 'terminalId'>): ReleasePayment {
  return async (input, caller) => {
    const actor = { staffId: caller.staffId };
    return writeMoney(ports, async (tx) => {
      const prior = await priorOutcome(tx, input.operationId, 'card.payment.released');
      if (prior.kind === 'record') return replay(input, prior.record);
      if (prior.kind === 'refused') return { ok: false, error: prior.error };
      const nowMs = ports.clock.nowMs();
      const open = await openAuthorization(tx, input.authorizationId, nowMs);
      if (!open.ok) return open;
      const { authorization, hold } = open.value;
      const booked = await submitCardBatch(tx, ports, {
        id: input.operationId,
        legs: [{ kind: 'void', id: newId(), pendingId: authorization.holdId, code: CARD_TRANSFER_CODES.release }],
      }, actor);
      if (!booked.ok) return booked;
      await appendRecord(tx, ports.mac, {
        kind: 'card.payment.released', subjectId: input.operationId, actorId: actor.staffId, atMs: nowMs,
        body: {
          operationId: input.operationId, authorizationId: input.authorizationId, cardId: authorization.cardId,
          currency: authorization.currency, amountMinor: hold.amountMinor,
        },
      });
      return ok({
        operationId: input.operationId, cardId: authorization.cardId, currency: authorization.currency, atMs: nowMs, replayed: false,
        authorizationId: input.authorizationId, amountMinor: hold.amountMinor,
      });
    });
  };
}
