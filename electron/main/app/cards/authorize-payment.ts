import type { Input, Output } from '../../../../shared/ipc/contract';
import { AUTHORIZATION_TTL_MS_DEFAULT } from '../../../../shared/ipc/contract/cards-money';
import { newId } from '../../../../shared/domain/ids';
import { ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { findCard } from '../../db/repositories/card.repo';
import { appendRecord, type StoredRecord } from '../../db/repositories/record.repo';
import type { WriteTx } from '../../db/tx';
import { ensureAccountIn } from '../ledger/owned-accounts';
import { cardMoneyIn } from './card-account';
import {
  bodyOf, CARD_TRANSFER_CODES, conflict, priorOutcome, spendRefusal, submitCardBatch, writeMoney,
} from './card-money';
import type { CardPorts } from './card-ports';
import { resolveCard } from './card-ref';
import { hashPin, pinRefusal } from './pin-check';
import { checkSpendIn } from './spend-check';

export type AuthorizePayment = (input: Input<'cards.authorize'>, caller: Caller, origin: string) => Promise<Result<Output<'cards.authorize'>>>;
type AuthorizePorts = Pick<CardPorts, 'db' | 'mac' | 'clock' | 'terminalId' | 'crypto' | 'pins' | 'hashing' | 'offsetMinutes'>;

async function replay(
  tx: WriteTx, ports: AuthorizePorts, cardId: string, input: Input<'cards.authorize'>, record: StoredRecord, caller: Caller,
): Promise<Result<Output<'cards.authorize'>>> {
  const body = bodyOf(record, 'card.payment.authorized');
  if (body.cardId !== cardId || body.amountMinor !== input.amountMinor) return conflict();
  const card = await findCard(tx, cardId);
  if (!card) throw new Error(`authorised card ${cardId} vanished`);
  const money = await cardMoneyIn(tx, ports, card, { staffId: caller.staffId });
  return ok({
    operationId: body.operationId, cardId, currency: body.currency, atMs: record.atMs, replayed: true, authorizationId: body.authorizationId,
    last4: card.last4, amountMinor: body.amountMinor, expiresAtMs: body.expiresAtMs, availableMinor: money.availableMinor,
  });
}

/**
 * A card payment's first phase: a hold on the card for the merchant (card account → merchant
 * sales, `pending`), named by the operation id (`authorizationId`) when it is captured or
 * released later; or it expires. Checked in this order: a repeat of the operation (answered with its first
 * outcome, no PIN needed), the card's state, the PIN (counted, blocking at the third wrong one),
 * then, in the booking transaction, the per-transaction, day and month limits and the available
 * balance, exactly at the boundary.
 */
export function authorizePayment(ports: AuthorizePorts): AuthorizePayment {
  return async (input, caller, origin) => {
    const actor = { staffId: caller.staffId };
    const found = await ports.db.tx.read((tx) => resolveCard(tx, ports, input.card));
    if (!found.ok) return found;
    const before = found.value;
    const prior = await ports.db.tx.read((tx) => priorOutcome(tx, input.operationId, 'card.payment.authorized'));
    if (prior.kind === 'refused') return { ok: false, error: prior.error };
    if (prior.kind === 'none') {
      const startMs = ports.clock.nowMs();
      const refused = spendRefusal(before, startMs, ports.offsetMinutes(startMs)) ?? pinRefusal(before);
      if (refused) return refused;
    }
    const checked = prior.kind === 'none' ? await hashPin(ports, before, input.pin) : undefined;
    return writeMoney(ports, async (tx) => {
      const again = await priorOutcome(tx, input.operationId, 'card.payment.authorized');
      if (again.kind === 'record') return replay(tx, ports, before.id, input, again.record, caller);
      if (again.kind === 'refused') return { ok: false, error: again.error };
      if (!checked) return conflict();
      const allowed = await checkSpendIn(tx, ports, checked, input.amountMinor, actor, origin, 'payment');
      if (!allowed.ok) return allowed;
      const { card, money, nowMs } = allowed.value;
      const currency = money.program.currency;
      const merchant = await ensureAccountIn(tx, ports, { name: 'merchantSales', currency }, actor);
      const expiresAtMs = nowMs + (input.expiresInMs ?? AUTHORIZATION_TTL_MS_DEFAULT);
      const holdId = newId();
      const booked = await submitCardBatch(tx, ports, {
        id: input.operationId,
        legs: [{
          kind: 'pending', id: holdId, currency, debitAccountId: money.accountId, creditAccountId: merchant,
          amountMinor: input.amountMinor, code: CARD_TRANSFER_CODES.payment, expiresAtMs,
        }],
      }, actor);
      if (!booked.ok) return booked;
      await appendRecord(tx, ports.mac, {
        kind: 'card.payment.authorized', subjectId: input.operationId, actorId: actor.staffId, atMs: nowMs,
        body: {
          operationId: input.operationId, authorizationId: input.operationId, holdId, cardId: card.id, walletId: card.walletId, currency,
          amountMinor: input.amountMinor, expiresAtMs, pinVerified: true,
        },
      });
      return ok({
        operationId: input.operationId, cardId: card.id, currency, atMs: nowMs, replayed: false, authorizationId: input.operationId,
        last4: card.last4, amountMinor: input.amountMinor, expiresAtMs, availableMinor: money.availableMinor - input.amountMinor,
      });
    });
  };
}
