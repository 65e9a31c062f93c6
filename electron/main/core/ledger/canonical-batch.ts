import { canonicalBytes, type CanonicalField } from '../../../../shared/domain/canonical';
import type { BatchRequest, PostedTransfer } from '../../../../shared/domain/ledger-types';
import { isMovementLeg } from '../../../../shared/domain/ledger-types';

/**
 * What a batch request says, as bytes: hashed into `request_hash`, so a repeated id is matched to
 * its first request exactly, field by field, whatever object key order the caller used.
 */
export function requestBytes(request: BatchRequest): Uint8Array {
  const fields: CanonicalField[] = ['batch-request/1', request.id, request.legs.length];
  for (const leg of request.legs) {
    if (isMovementLeg(leg)) {
      fields.push(leg.kind, leg.id, leg.currency, leg.debitAccountId, leg.creditAccountId,
        leg.amountMinor, leg.code, leg.memo ?? null, leg.expiresAtMs ?? null);
    } else {
      fields.push(leg.kind, leg.id, leg.pendingId, leg.amountMinor ?? null, leg.code ?? null,
        leg.memo ?? null);
    }
  }
  return canonicalBytes(fields);
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
  const fields: CanonicalField[] = [
    'batch/1', header.batchId, header.requestHash, header.staffId, header.terminalId,
    header.createdAtMs, transfers.length,
  ];
  for (const t of transfers) {
    fields.push(t.id, t.leg, t.kind, t.currency, t.debitAccountId, t.creditAccountId,
      t.amountMinor, t.code, t.pendingId, t.expiresAtMs, t.memo);
  }
  return canonicalBytes(fields);
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
