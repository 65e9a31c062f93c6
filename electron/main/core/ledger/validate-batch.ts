import { isCurrencyCode } from '../../../../shared/domain/currency';
import { isUuidV7 } from '../../../../shared/domain/ids';
import { AMOUNT_MINOR_MAX } from '../../../../shared/domain/limits';
import {
  CODE_MAX_CHARS,
  MAX_LEGS_PER_BATCH,
  MEMO_MAX_CHARS,
  type BatchRequest,
  type MovementLeg,
  type ResolveLeg,
} from '../../../../shared/domain/ledger-types';
import { isMovementLeg } from '../../../../shared/domain/ledger-types';
import type { AppError } from '../../../../shared/domain/errors';

const fail = (code: AppError['code'], message: string): AppError => ({ code, message });

export function isValidAmount(amount: unknown): amount is number {
  return Number.isSafeInteger(amount) && (amount as number) >= 1 && (amount as number) <= AMOUNT_MINOR_MAX;
}

function textProblem(value: unknown, max: number, name: string): AppError | undefined {
  if (typeof value !== 'string' || value.length < 1 || value.length > max) {
    return fail('invalid_input', `${name} must be 1 to ${max} characters`);
  }
  return undefined;
}

function movementProblem(leg: MovementLeg, at: string): AppError | undefined {
  if (!isCurrencyCode(leg.currency)) return fail('unknown_currency', `${at}: unknown currency`);
  if (!isUuidV7(leg.debitAccountId) || !isUuidV7(leg.creditAccountId)) {
    return fail('invalid_input', `${at}: account ids must be UUIDv7`);
  }
  if (leg.debitAccountId === leg.creditAccountId) {
    return fail('same_account', `${at}: debit and credit account are the same`);
  }
  if (!isValidAmount(leg.amountMinor)) {
    return fail('invalid_amount', `${at}: amount must be an integer from 1 to ${AMOUNT_MINOR_MAX}`);
  }
  const wantsExpiry = leg.kind === 'pending';
  const expiry = leg.expiresAtMs;
  if (wantsExpiry && !(Number.isSafeInteger(expiry) && (expiry as number) > 0)) {
    return fail('invalid_input', `${at}: a hold needs expiresAtMs`);
  }
  if (!wantsExpiry && expiry !== undefined) {
    return fail('invalid_input', `${at}: only a hold has expiresAtMs`);
  }
  return textProblem(leg.code, CODE_MAX_CHARS, `${at}: code`);
}

function resolveProblem(leg: ResolveLeg, at: string): AppError | undefined {
  if (!isUuidV7(leg.pendingId)) return fail('invalid_input', `${at}: pendingId must be UUIDv7`);
  if (leg.kind === 'void' && leg.amountMinor !== undefined) {
    return fail('invalid_input', `${at}: a void releases the whole hold and takes no amount`);
  }
  if (leg.amountMinor !== undefined && !isValidAmount(leg.amountMinor)) {
    return fail('invalid_amount', `${at}: amount must be an integer from 1 to ${AMOUNT_MINOR_MAX}`);
  }
  return leg.code === undefined ? undefined : textProblem(leg.code, CODE_MAX_CHARS, `${at}: code`);
}

/**
 * Structural checks that need no database: everything here is a property of the request alone,
 * so the same request always fails the same way and nothing is recorded for it.
 */
export function validateBatch(request: BatchRequest): AppError | undefined {
  if (typeof request !== 'object' || request === null) return fail('invalid_input', 'no request');
  if (!isUuidV7(request.id)) return fail('invalid_input', 'batch id must be a UUIDv7');
  if (!Array.isArray(request.legs) || request.legs.length === 0) {
    return fail('batch_empty', 'a batch needs at least one transfer');
  }
  if (request.legs.length > MAX_LEGS_PER_BATCH) {
    return fail('batch_too_large', `a batch holds at most ${MAX_LEGS_PER_BATCH} transfers`);
  }
  const seen = new Set<string>([request.id]);
  for (const [index, leg] of request.legs.entries()) {
    const at = `legs[${index}]`;
    // Requests also arrive as untyped JSON (IPC, outbox): a null leg is bad input, not a crash.
    if (typeof leg !== 'object' || leg === null) return fail('invalid_input', `${at}: not a transfer`);
    if (!isUuidV7(leg.id)) return fail('invalid_input', `${at}: transfer id must be a UUIDv7`);
    if (seen.has(leg.id)) return fail('invalid_input', `${at}: id repeats within the batch`);
    seen.add(leg.id);
    if (leg.memo !== undefined && (typeof leg.memo !== 'string' || leg.memo.length > MEMO_MAX_CHARS)) {
      return fail('invalid_input', `${at}: memo is at most ${MEMO_MAX_CHARS} characters`);
    }
    const problem =
      isMovementLeg(leg)
        ? movementProblem(leg, at)
        : leg.kind === 'post' || leg.kind === 'void'
          ? resolveProblem(leg, at)
          : fail('invalid_input', `${at}: unknown transfer kind`);
    if (problem) return problem;
  }
  return undefined;
}
