import { AMOUNT_MINOR_MAX } from './limits';
import { z } from './zod';

export const MAX_LEGS_PER_BATCH = 1000;
export const CODE_MAX_CHARS = 40;
export const MEMO_MAX_CHARS = 500;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const amount = z.int().min(1).max(AMOUNT_MINOR_MAX);
const code = z.string().min(1).max(CODE_MAX_CHARS);
const memo = z.string().max(MEMO_MAX_CHARS);

/** A plain movement, or a hold that reserves funds until posted, voided or expired. */
export const movementLeg = z.strictObject({
  kind: z.enum(['single', 'pending']),
  id: uuid,
  currency: z.string().length(3),
  debitAccountId: uuid,
  creditAccountId: uuid,
  amountMinor: amount,
  code,
  memo: memo.optional(),
  /** Required for `pending`, forbidden otherwise (checked by the core's validateBatch). */
  expiresAtMs: z.int().min(1).optional(),
});

/** Resolves an earlier hold: post (all, or part and release the rest) or void. */
export const resolveLeg = z.strictObject({
  kind: z.enum(['post', 'void']),
  id: uuid,
  pendingId: uuid,
  /** Post only; omitted means the full held amount. */
  amountMinor: amount.optional(),
  code: code.optional(),
  memo: memo.optional(),
});

/**
 * The one schema of a ledger batch request (linked legs: all commit in one transaction or none
 * does; `id` is the idempotency key); the TypeScript types are inferred from it. The core's
 * validateBatch applies the same rules to untyped input and names the precise error code.
 */
export const batchRequest = z.strictObject({
  id: uuid,
  legs: z.array(z.union([movementLeg, resolveLeg])).min(1).max(MAX_LEGS_PER_BATCH),
});

export type MovementLeg = Readonly<z.infer<typeof movementLeg>>;
export type ResolveLeg = Readonly<z.infer<typeof resolveLeg>>;
export type TransferLeg = MovementLeg | ResolveLeg;
export type BatchRequest = { readonly id: string; readonly legs: readonly TransferLeg[] };
