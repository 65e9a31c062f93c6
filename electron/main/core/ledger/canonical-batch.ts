import { canonicalBytes, CanonicalWriter } from '../../../../shared/domain/canonical';
import type { BatchRequest, PostedTransfer } from '../../../../shared/domain/ledger-types';
import { isMovementLeg } from '../../../../shared/domain/ledger-types';

/**
 * What a batch request says, as bytes: hashed into `request_hash`, so a repeated id is matched to
 * its first request exactly, field by field, whatever object key order the caller used.
 */
export function requestBytes(request: BatchRequest): Uint8Array {
  const w = new CanonicalWriter(64 + 160 * request.legs.length).str('batch-request/1').str(request.id).int(request.legs.length);
  for (const leg of request.legs) {
    if (isMovementLeg(leg)) {
      w.str(leg.kind).str(leg.id).str(leg.currency).str(leg.debitAccountId).str(leg.creditAccountId)
        .int(leg.amountMinor).str(leg.code).field(leg.memo ?? null).field(leg.expiresAtMs ?? null);
    } else {
      w.str(leg.kind).str(leg.id).str(leg.pendingId).field(leg.amountMinor ?? null).field(leg.code ?? null)
        .field(leg.memo ?? null);
    }
  }
  return w.finish();
}

export type BatchHeader = {
  readonly batchId: string;
  /** The hash of the request: binds the idempotency record to the chain too. */
  readonly requestHash: Uint8Array;
  readonly staffId: string;
  readonly terminalId: string;
  readonly createdAtMs: number;
};

export type JournalTransfer = PostedTransfer & { readonly memo: string | null };

/**
 * The journal payload of a committed batch. `verify` rebuilds it from the transfer rows, so a
 * change to any stored transfer field breaks that batch's entry in the chain.
 */
export function batchPayload(header: BatchHeader, transfers: readonly JournalTransfer[]): Uint8Array {
  const w = new CanonicalWriter(160 + 180 * transfers.length)
    .str('batch/1').str(header.batchId).bytes(header.requestHash).str(header.staffId).str(header.terminalId)
    .int(header.createdAtMs).int(transfers.length);
  for (const t of transfers) {
    w.str(t.id).int(t.leg).str(t.kind).str(t.currency).str(t.debitAccountId).str(t.creditAccountId)
      .int(t.amountMinor).str(t.code).field(t.pendingId).field(t.expiresAtMs).field(t.memo);
  }
  return w.finish();
}

export type RejectionRecord = {
  readonly batchId: string;
  readonly requestHash: Uint8Array;
  readonly code: string;
  readonly message: string;
  readonly staffId: string;
  readonly createdAtMs: number;
};

/**
 * The journal payload of a recorded decline. `verify` rebuilds it from the rejection row, so a
 * decline cannot be edited into another answer for its retries.
 */
export function rejectionPayload(r: RejectionRecord): Uint8Array {
  return canonicalBytes(['batch.rejected/2', r.batchId, r.requestHash, r.code, r.message, r.staffId, r.createdAtMs]);
}
