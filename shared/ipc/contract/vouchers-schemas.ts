import { VOUCHER_VOID_REASONS } from '../../domain/records/vouchers';
import { VOUCHER_BATCH_MAX } from '../../domain/state/vouchers';
import { tender } from '../../domain/tender';
import { amountMinor, amountMinorOrZero, currencyCode, text, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';

/** Schemas of the vouchers domain's contract entries (shared/ipc/contract/vouchers-domain.ts). */

const anyUuid = z.string().length(36).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/**
 * A typed or scanned voucher code, bounded before main reads it. Its shape and check symbol are
 * main's to judge (`invalid_voucher_code`, before any lookup), so the reply can say a typo is a
 * typo without the schema's message ever quoting what was typed.
 */
export const voucherCodeText = text(40).min(1);

/** A voucher at the counter: scanned or typed from the sheet, or picked from a list by id. */
export const voucherRef = z.union([z.strictObject({ code: voucherCodeText }), z.strictObject({ voucherId: uuidV7 })]);

/** The wallet a voucher is redeemed into: by id (a customer's page) or by its address (typed or scanned). */
export const walletRef = z.union([z.strictObject({ walletId: uuidV7 }), z.strictObject({ walletAddress: text(32).min(1) })]);

export const voucherBatchView = z.strictObject({
  batchId: uuidV7,
  currency: currencyCode,
  faceValueMinor: amountMinor,
  count: z.int().min(1).max(VOUCHER_BATCH_MAX),
  expiresAtMs: timeMs.nullable(),
  createdBy: anyUuid,
  createdAtMs: timeMs,
});

/** How many vouchers are in each state at the time of the call (expired: unsold or sold past the expiry). */
export const voucherCounts = z.strictObject({
  unsold: z.int().min(0), sold: z.int().min(0), redeemed: z.int().min(0), voided: z.int().min(0), expired: z.int().min(0),
});

/** One voucher of a new batch: its code, in clear, in this one response only. */
export const generatedVoucher = z.strictObject({
  voucherId: uuidV7,
  serial: z.int().min(1).max(VOUCHER_BATCH_MAX),
  /** "XXXX-XXXX-XXXX-XXXX": print it or put it in the CSV now; it is never shown again. */
  code: z.string().length(19),
});

export const generateBatchInput = z.strictObject({
  /** Client-generated: the idempotency key of the batch. */
  batchId: uuidV7,
  currency: currencyCode,
  faceValueMinor: amountMinor,
  count: z.int().min(1).max(VOUCHER_BATCH_MAX),
  /** Omitted: the vouchers never expire. */
  expiresAtMs: timeMs.optional(),
});

export const generateBatchOutput = z.strictObject({
  batch: voucherBatchView,
  vouchers: z.array(generatedVoucher).min(1).max(VOUCHER_BATCH_MAX),
});

export const sellInput = z.strictObject({ operationId: uuidV7, voucher: voucherRef, tender });

const voucherMoved = {
  /** The idempotency key; also the ledger batch id and the record's subject. */
  operationId: uuidV7,
  voucherId: uuidV7,
  batchId: uuidV7,
  serial: z.int().min(1).max(VOUCHER_BATCH_MAX),
  currency: currencyCode,
  /** True when this answer repeats the outcome of an earlier call with the same operation id. */
  replayed: z.boolean(),
};

export const sellOutput = z.strictObject({
  ...voucherMoved,
  amountMinor,
  tenderKind: z.enum(['cash', 'external_card', 'bank_transfer']),
  soldAtMs: timeMs,
});

export const redeemInput = z.strictObject({ operationId: uuidV7, code: voucherCodeText, wallet: walletRef });

export const redeemOutput = z.strictObject({ ...voucherMoved, walletId: uuidV7, amountMinor, redeemedAtMs: timeMs });

export const voidInput = z.strictObject({ operationId: uuidV7, voucher: voucherRef, reason: z.enum(VOUCHER_VOID_REASONS) });

export const voidOutput = z.strictObject({
  ...voucherMoved,
  faceValueMinor: amountMinor,
  wasSold: z.boolean(),
  /** What left the voucher liability for merchant sales: the face value of a sold voucher, else 0. */
  releasedMinor: amountMinorOrZero,
  voidedAtMs: timeMs,
});

export const voidBatchInput = z.strictObject({ operationId: uuidV7, batchId: uuidV7, reason: z.enum(VOUCHER_VOID_REASONS) });

export const voidBatchOutput = z.strictObject({
  operationId: uuidV7,
  batchId: uuidV7,
  /** The vouchers this call voided: every one of the batch that was still unsold. */
  voidedCount: z.int().min(0).max(VOUCHER_BATCH_MAX),
  /** Sold, unredeemed vouchers of the batch, left valid (void them one by one). */
  soldRemaining: z.int().min(0).max(VOUCHER_BATCH_MAX),
  voidedAtMs: timeMs,
  replayed: z.boolean(),
});

export const summaryInput = z.strictObject({ batchId: uuidV7.optional() });

export const liabilityLine = z.strictObject({
  currency: currencyCode,
  /** Σ face value of sold, unredeemed, unvoided vouchers (expired ones included: still owed until voided). */
  outstandingMinor: amountMinorOrZero,
  /** The part of it whose batch has expired: what a manager may void as breakage. */
  expiredOutstandingMinor: amountMinorOrZero,
  /** The voucher liability account's balance; null for one batch (the account is per currency). */
  ledgerBalanceMinor: z.int().min(-Number.MAX_SAFE_INTEGER).nullable(),
  /** outstandingMinor = ledgerBalanceMinor; null for one batch. */
  agrees: z.boolean().nullable(),
});

export const summaryOutput = z.strictObject({
  batchId: uuidV7.nullable(),
  atMs: timeMs,
  counts: voucherCounts,
  liabilities: z.array(liabilityLine).max(200),
});

export const batchCursor = z.strictObject({ createdAtMs: timeMs, batchId: uuidV7 });

export const listBatchesInput = z.strictObject({
  /** The `next` of the previous page; omitted for the newest page. */
  before: batchCursor.optional(),
  limit: z.int().min(1).max(100).optional(),
});

export const listBatchesOutput = z.strictObject({
  batches: z.array(z.strictObject({ ...voucherBatchView.shape, counts: voucherCounts })).max(100),
  next: batchCursor.nullable(),
});
