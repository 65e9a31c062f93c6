import type { AppError } from '../../../../shared/domain/errors';
import type { BatchOutcome, BatchRequest } from '../../../../shared/domain/ledger-types';
import { RECORD_SPECS, type RecordBody, type RecordKind } from '../../../../shared/domain/records';
import { err, type Result } from '../../../../shared/domain/result';
import { dayStartMs, monthStartMs } from '../../core/cards/calendar';
import { paymentRefusal } from '../../core/cards/lifecycle';
import type { CardUsage, LimitResult } from '../../core/cards/limits';
import { requestBytes } from '../../core/ledger/canonical-batch';
import { validateBatch } from '../../core/ledger/validate-batch';
import { sha256 } from '../../db/chain-mac';
import { declineOf } from '../../db/constraint-errors';
import type { CardRow } from '../../db/repositories/card.repo';
import { readCreditedSince, readSpendUsage } from '../../db/repositories/card-usage.repo';
import { firstRecord, type StoredRecord } from '../../db/repositories/record.repo';
import { findOperation } from '../../db/repositories/rejection.repo';
import type { ReadTx, WriteTx } from '../../db/tx';
import type { Actor, LedgerWritePorts } from '../ledger/ports';
import { submitIn } from '../ledger/submit-batch';
import type { CardMoney } from './card-account';
import type { CardPorts } from './card-ports';
import { effectiveState } from './card-views';

/** The transfer codes of card movements: statements show them, and the limit windows count by them. */
export const CARD_TRANSFER_CODES = {
  topUp: 'card_topup',
  payment: 'card_payment',
  capture: 'card_capture',
  release: 'card_release',
  refund: 'card_refund',
  transfer: 'card_transfer',
  replace: 'card_replace',
} as const;

/**
 * What an operation id already decided (docs/ledger.md §2.5): its record (the caller answers a
 * repeat with it, or calls a different request under the same id a conflict), the ledger's
 * stored decline, or a batch of another kind of operation under this id. Refusals decided before
 * the batch (state, PIN, limits) book nothing, so their operation id stays free for a retry.
 */
export type Prior = { readonly kind: 'none' } | { readonly kind: 'record'; readonly record: StoredRecord } | { readonly kind: 'refused'; readonly error: AppError };

export async function priorOutcome(tx: ReadTx, operationId: string, kind: RecordKind): Promise<Prior> {
  const record = await firstRecord(tx, operationId, kind);
  if (record) return { kind: 'record', record };
  const operation = await findOperation(tx, operationId);
  if (!operation) return { kind: 'none' };
  if (operation.outcome === 'declined') return { kind: 'refused', error: { code: operation.code, message: operation.message } };
  return { kind: 'refused', error: { code: 'id_exists_with_different_content', message: 'this operation id was used for another operation' } };
}

export const conflict = (): Result<never> => err('id_exists_with_different_content', 'this operation id was used for a different request');

/** The batch inside the caller's transaction (app/ledger/submit-batch.ts), validated as submitBatch does. */
export async function submitCardBatch(tx: WriteTx, ports: LedgerWritePorts, request: BatchRequest, actor: Actor): Promise<Result<BatchOutcome>> {
  const invalid = validateBatch(request);
  // The use cases build these requests themselves: one that does not validate is a bug.
  if (invalid) throw new Error(`card batch ${request.id} is invalid: ${invalid.code} ${invalid.message}`);
  return submitIn(tx, ports, request, sha256(requestBytes(request)), actor);
}

/**
 * A money operation's write transaction. The planner answers every limit first; a constraint
 * that still refuses (a bug) has rolled everything back and is answered with its code, as
 * submitBatch does.
 */
export async function writeMoney<T>(ports: Pick<CardPorts, 'db'>, job: (tx: WriteTx) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await ports.db.tx.write(job);
  } catch (error) {
    const decline = declineOf(error);
    if (!decline) throw error;
    return { ok: false, error: decline };
  }
}

const PAYMENT_REFUSAL_MESSAGES = {
  card_not_activated: 'the card is not activated yet',
  card_frozen: 'the card is frozen',
  card_expired: 'the card has expired',
  card_closed: 'the card is closed',
} as const;

/** Why the card may not pay (or be paid out of) now, by its state as of `nowMs`. */
export function spendRefusal(card: CardRow, nowMs: number, offsetMinutes: number): Result<never> | undefined {
  const refusal = paymentRefusal(effectiveState(card, nowMs, offsetMinutes));
  return refusal ? err(refusal, PAYMENT_REFUSAL_MESSAGES[refusal]) : undefined;
}

/**
 * The card's usage in the windows its limits count (the shop's day and calendar month), read in
 * the transaction that books the movement.
 */
export async function usageIn(tx: ReadTx, ports: Pick<CardPorts, 'clock' | 'offsetMinutes'>, money: CardMoney): Promise<CardUsage> {
  const nowMs = ports.clock.nowMs();
  const offset = ports.offsetMinutes(nowMs);
  const [dayStart, monthStart] = [dayStartMs(nowMs, offset), monthStartMs(nowMs, offset)];
  const codes = { payment: CARD_TRANSFER_CODES.payment, transfer: CARD_TRANSFER_CODES.transfer };
  const day = await readSpendUsage(tx, money.accountId, dayStart, nowMs, codes);
  const month = await readSpendUsage(tx, money.accountId, monthStart, nowMs, codes);
  return {
    daySpentMinor: day.spentMinor, dayCount: day.count, monthSpentMinor: month.spentMinor, monthCount: month.count,
    dayToppedUpMinor: await readCreditedSince(tx, money.accountId, CARD_TRANSFER_CODES.topUp, dayStart),
    balanceMinor: money.balanceMinor,
  };
}

/** A stored record's body, typed by its kind's schema (records are parsed before they are stored). */
export function bodyOf<K extends RecordKind>(record: StoredRecord, kind: K): RecordBody<K> {
  return RECORD_SPECS[kind].schema.parse(record.body) as RecordBody<K>;
}

/** A limit refusal with the limit named (amounts are bounded by the contract, so nothing else is expected). */
export function limitRefusal(result: LimitResult): Result<never> | undefined {
  if (result.ok) return undefined;
  if (result.error.code !== 'card_limit_exceeded') throw new Error(`card limits refused their input: ${result.error.message}`);
  return err('card_limit_exceeded', `${result.error.message} (${result.error.limit})`);
}
