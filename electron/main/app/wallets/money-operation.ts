import type { BatchOutcome, BatchRequest } from '../../../../shared/domain/ledger-types';
import type { RecordKind } from '../../../../shared/domain/records';
import { err, type Result } from '../../../../shared/domain/result';
import { requestBytes } from '../../core/ledger/canonical-batch';
import { validateBatch } from '../../core/ledger/validate-batch';
import { sha256 } from '../../db/chain-mac';
import { declineOf } from '../../db/constraint-errors';
import { firstRecord, type StoredRecord } from '../../db/repositories/record.repo';
import { findOperation } from '../../db/repositories/rejection.repo';
import type { WriteTx } from '../../db/tx';
import { submitIn } from '../ledger/submit-batch';
import type { Actor, LedgerWritePorts } from '../ledger/ports';

/**
 * The shape every wallet money operation shares (docs/ledger.md §11): one write transaction that
 * looks for an earlier outcome of the operation id, opens the accounts it needs, submits the batch
 * (batch id = operation id) and, when the batch committed now, appends the record of what it meant.
 */

/** Runs the operation's transaction; a constraint that is a decline becomes its code, as submitBatch does. */
export async function writeOperation<T>(ports: LedgerWritePorts, job: (tx: WriteTx) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await ports.db.tx.write(job);
  } catch (error) {
    const decline = declineOf(error);
    if (!decline) throw error;
    return { ok: false, error: decline };
  }
}

export type Earlier =
  | { readonly found: 'none' }
  | { readonly found: 'record'; readonly record: StoredRecord }
  | { readonly found: 'conflict'; readonly error: ReturnType<typeof err> };

const CONFLICT = err('id_exists_with_different_content', 'this operation id was already used for a different request');

/**
 * What the operation id already decided. Its record, when the operation committed: `same` says
 * whether the request repeats it (the first outcome is answered) or not (a conflict). No record:
 * the caller goes on; the ledger itself answers a repeated batch, a declined one included.
 */
export async function earlierOutcome(
  tx: WriteTx, operationId: string, kind: RecordKind, same: (body: unknown) => boolean,
): Promise<Earlier> {
  const record = await firstRecord(tx, operationId, kind);
  if (!record) return { found: 'none' };
  return same(record.body) ? { found: 'record', record } : { found: 'conflict', error: CONFLICT };
}

/**
 * For a refusal decided before any batch (nothing moved, nothing stored, so a repeat is decided
 * afresh): an operation id the ledger already knows belongs to another request, and that is the
 * answer instead.
 */
export async function refusedBeforeBatch<T>(tx: WriteTx, operationId: string, refusal: Result<T>): Promise<Result<T>> {
  return (await findOperation(tx, operationId)) ? CONFLICT : refusal;
}

/**
 * Validates and submits the batch inside the caller's transaction. An outcome `replayed` without
 * the operation's record (checked first by the caller) is another request's batch: a conflict.
 */
export async function submitOperation(tx: WriteTx, ports: LedgerWritePorts, request: BatchRequest, actor: Actor): Promise<Result<BatchOutcome>> {
  const invalid = validateBatch(request);
  if (invalid) return { ok: false, error: invalid };
  const outcome = await submitIn(tx, ports, request, sha256(requestBytes(request)), actor);
  if (outcome.ok && outcome.value.replayed) return CONFLICT;
  return outcome;
}

/** Two record bodies (or a body and the one a request would write) say the same. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
