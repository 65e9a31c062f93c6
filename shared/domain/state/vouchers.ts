import { z } from '../zod';

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const atMs = z.int().min(0);

/** The most vouchers one batch may hold: one printed sheet run, one response. */
export const VOUCHER_BATCH_MAX = 1000;

/**
 * What a voucher row can say. Expiry is not among them: it is a fact of time (the batch's
 * `expiresAtMs` against the clock), so nothing has to be written, or chained, when a day passes.
 */
export const VOUCHER_STATES = ['unsold', 'sold', 'redeemed', 'voided'] as const;
export type VoucherStateName = (typeof VOUCHER_STATES)[number];

/** A batch as generated: what each of its vouchers is worth, and until when. Never changes. */
export const voucherBatchState = z.strictObject({
  currency: z.string().length(3),
  faceValueMinor: z.int().min(1),
  count: z.int().min(1).max(VOUCHER_BATCH_MAX),
  expiresAtMs: atMs.nullable(),
  createdBy: id,
  createdAtMs: atMs,
});

/**
 * A voucher as chained after every change. `codeHash` is the keyed hash the table holds (never the
 * code); the operation ids tie each step to the ledger batch and the record that meant it.
 */
export const voucherState = z.strictObject({
  batchId: id,
  serial: z.int().min(1).max(VOUCHER_BATCH_MAX),
  codeHash: z.string().regex(/^[0-9a-f]{64}$/),
  state: z.enum(VOUCHER_STATES),
  soldOperationId: id.nullable(),
  soldAtMs: atMs.nullable(),
  redeemedOperationId: id.nullable(),
  redeemedWalletId: id.nullable(),
  redeemedAtMs: atMs.nullable(),
  voidedOperationId: id.nullable(),
  voidedAtMs: atMs.nullable(),
  createdAtMs: atMs,
});

/** Guarded state of the vouchers domain, by journal kind. */
export const VOUCHER_STATE_SCHEMAS = {
  'voucher_batch.state': voucherBatchState,
  'voucher.state': voucherState,
} as const;
