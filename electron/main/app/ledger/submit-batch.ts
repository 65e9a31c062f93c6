import { err, ok, type Result } from '../../../../shared/domain/result';
import type { AppError } from '../../../../shared/domain/errors';
import { uuidToBytes } from '../../../../shared/domain/ids';
import type { BatchOutcome, BatchRequest, PostedTransfer } from '../../../../shared/domain/ledger-types';
import { isMovementLeg } from '../../../../shared/domain/ledger-types';
import { encodePayload } from '../../core/journal/payload-encoders';
import { requestBytes } from '../../core/ledger/canonical-batch';
import { planBatch } from '../../core/ledger/plan-batch';
import { planWithoutReads } from '../../core/ledger/transfers';
import { validateBatch } from '../../core/ledger/validate-batch';
import { sha256 } from '../../db/chain-mac';
import { declineOf, refusalOf } from '../../db/constraint-errors';
import { loadAccounts } from '../../db/repositories/account.repo';
import { appendJournal } from '../../db/repositories/journal.repo';
import { findOperation, insertRejection } from '../../db/repositories/rejection.repo';
import { anyTransferExists, loadHolds, transfersOfBatch } from '../../db/repositories/transfer.repo';
import type { WriteTx } from '../../db/tx';
import { commitBatch } from './commit-batch';
import type { Actor, LedgerWritePorts } from './ports';

export type SubmitBatch = (request: BatchRequest, actor: Actor) => Promise<Result<BatchOutcome>>;

/**
 * Submits a linked batch in one BEGIN IMMEDIATE transaction. Idempotent by `request.id`: a repeat
 * returns the first outcome, a recorded decline included; the same id with other content is
 * `id_exists_with_different_content`.
 */
export function submitBatch(ports: LedgerWritePorts): SubmitBatch {
  return async (request, actor) => {
    const invalid = validateBatch(request);
    if (invalid) return { ok: false, error: invalid };
    const requestHash = sha256(requestBytes(request));
    try {
      return await ports.db.tx.write((tx) => submitIn(tx, ports, request, requestHash, actor));
    } catch (error) {
      // The planner checks the same limits first; reaching here means a constraint caught a bug.
      const decline = declineOf(error);
      if (!decline) throw error;
      return { ok: false, error: decline };
    }
  };
}

/**
 * The fast path writes without reading anything: one statement, and the constraints decide. If
 * one refuses (a limit, a closed account, a repeated id), that statement left nothing behind, and
 * the same transaction takes the read-and-plan path to give the precise answer and record it.
 */
export async function submitIn(
  tx: WriteTx, ports: LedgerWritePorts, request: BatchRequest, requestHash: Uint8Array, actor: Actor,
): Promise<Result<BatchOutcome>> {
  const nowMs = ports.clock.nowMs();
  const memos = new Map(request.legs.map((l) => [l.id, l.memo ?? null]));
  const fast = planWithoutReads(request, nowMs);
  if (fast) {
    const batch = { batchId: request.id, requestHash, actor, createdAtMs: nowMs, transfers: fast, memos };
    try {
      return ok(outcome(request.id, await commitBatch(tx, ports, batch), nowMs, fast, false));
    } catch (error) {
      if (!refusalOf(error)) throw error;
    }
  }
  return planAndWrite(tx, ports, request, requestHash, actor, nowMs, memos);
}

async function planAndWrite(
  tx: WriteTx, ports: LedgerWritePorts, request: BatchRequest, requestHash: Uint8Array, actor: Actor,
  nowMs: number, memos: ReadonlyMap<string, string | null>,
): Promise<Result<BatchOutcome>> {
  const earlier = await earlierOutcome(tx, request, requestHash);
  if (earlier) return earlier;
  const holdIds = request.legs.flatMap((l) => (!isMovementLeg(l) ? [l.pendingId] : []));
  const holds = await loadHolds(tx, holdIds);
  const accountIds = request.legs.flatMap((l) => (isMovementLeg(l) ? [l.debitAccountId, l.creditAccountId] : []));
  for (const hold of holds.values()) accountIds.push(hold.debitAccountId, hold.creditAccountId);
  const accounts = await loadAccounts(tx, accountIds);
  const planned = planBatch({ request, accounts, holds, nowMs });
  if (!planned.ok) {
    await recordRejection(tx, ports, { batchId: request.id, requestHash, error: planned.error, actor, nowMs });
    return { ok: false, error: planned.error };
  }
  const transfers = planned.plan.transfers;
  const seq = await commitBatch(tx, ports, { batchId: request.id, requestHash, actor, createdAtMs: nowMs, transfers, memos });
  return ok(outcome(request.id, seq, nowMs, transfers, false));
}

function outcome(batchId: string, seq: number, createdAtMs: number, transfers: readonly PostedTransfer[], replayed: boolean): BatchOutcome {
  return { batchId, seq, createdAtMs, transfers, replayed };
}

/**
 * What an earlier request decides: the batch id already committed or declined, or one of its leg
 * ids already a transfer. The last can never commit, and is answered before balances are looked
 * at: otherwise a retry could become a recorded decline (docs/ledger.md §2.5).
 */
async function earlierOutcome(tx: WriteTx, request: BatchRequest, requestHash: Uint8Array): Promise<Result<BatchOutcome> | undefined> {
  const found = await findOperation(tx, request.id);
  if (!found) {
    const reused = await anyTransferExists(tx, request.legs.map((l) => l.id));
    return reused ? err('id_exists_with_different_content', 'a transfer id in this batch was already used') : undefined;
  }
  if (!Buffer.from(found.requestHash).equals(requestHash)) {
    return err('id_exists_with_different_content', 'this id was already used for a different request');
  }
  if (found.outcome === 'declined') return { ok: false, error: { code: found.code, message: found.message } };
  const transfers = (await transfersOfBatch(tx, found.seq)).map(({ memo: _memo, ...transfer }) => transfer);
  return ok(outcome(request.id, found.seq, found.createdAtMs, transfers, true));
}

type Rejection = { batchId: string; requestHash: Uint8Array; error: AppError; actor: Actor; nowMs: number };

/** A failed attempt is stored (and chained) so that a retry returns the same failure. */
async function recordRejection(tx: WriteTx, ports: LedgerWritePorts, r: Rejection): Promise<void> {
  const message = r.error.message.slice(0, 500);
  const payload = encodePayload('ledger.rejection', {
    batchId: r.batchId, requestHash: r.requestHash, code: r.error.code, message, staffId: r.actor.staffId, createdAtMs: r.nowMs,
  });
  const seq = await appendJournal(tx, ports.mac, {
    kind: 'ledger.rejection', refId: uuidToBytes(r.batchId), actorId: r.actor.staffId, requestHash: r.requestHash,
    deviceTsMs: r.nowMs, payload,
  });
  await insertRejection(tx, seq, r.error.code, message);
}
