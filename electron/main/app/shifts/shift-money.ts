import type { AccountKindName } from '../../../../shared/domain/account-kinds';
import { uuidToBytes } from '../../../../shared/domain/ids';
import { derivedUuidV7 } from '../ledger/derived-id';
import type { BatchRequest } from '../../../../shared/domain/ledger-types';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { requestBytes } from '../../core/ledger/canonical-batch';
import { validateBatch } from '../../core/ledger/validate-batch';
import { sha256 } from '../../db/chain-mac';
import type { WriteTx } from '../../db/tx';
import { ensureAccountIn } from '../ledger/owned-accounts';
import type { Actor, LedgerWritePorts } from '../ledger/ports';
import { submitIn } from '../ledger/submit-batch';

/**
 * A UUIDv7 derived from an operation id and a label: the operation's time prefix, the rest from
 * SHA-256 of label ‖ id, with the version and variant bits set. The same operation always builds
 * the same ledger request (leg ids, the over/short batch of a close), so a retry is byte for byte
 * the same request.
 */
export function derivedId(operationId: string, label: string): string {
  const op = uuidToBytes(operationId);
  const digest = sha256(new Uint8Array([...Buffer.from(`tillbook/shift/${label}/1`), ...op]));
  return derivedUuidV7(op, digest.subarray(6, 16));
}

export type DrawerMove = {
  /** The batch id: the shift id (opening float), the movement id (paid in/out) or an id derived from the shift (over/short). */
  readonly batchId: string;
  readonly currency: string;
  /** Debited: for the drawer (an asset) a debit is cash coming in. */
  readonly debit: AccountKindName;
  readonly credit: AccountKindName;
  readonly amountMinor: number;
  /** The transfer's code: `shift_float`, `paid_in`, `paid_out`, `cash_over_short`. */
  readonly code: string;
};

/**
 * Moves cash between two of the merchant's accounts in the caller's transaction: one leg, one
 * batch. The only refusal expected is a batch id another operation already used
 * (`id_exists_with_different_content`); the merchant's cash accounts have no limits, so any other
 * decline is a bug and throws.
 */
export async function moveDrawerCash(tx: WriteTx, ports: LedgerWritePorts, move: DrawerMove, actor: Actor): Promise<Result<void>> {
  const debitAccountId = await ensureAccountIn(tx, ports, { name: move.debit, currency: move.currency }, actor);
  const creditAccountId = await ensureAccountIn(tx, ports, { name: move.credit, currency: move.currency }, actor);
  const request: BatchRequest = {
    id: move.batchId,
    legs: [{
      kind: 'single', id: derivedId(move.batchId, 'leg'), currency: move.currency, debitAccountId, creditAccountId,
      amountMinor: move.amountMinor, code: move.code,
    }],
  };
  const invalid = validateBatch(request);
  if (invalid) throw new Error(`shift batch is malformed: ${invalid.code}`);
  const outcome = await submitIn(tx, ports, request, sha256(requestBytes(request)), actor);
  if (!outcome.ok) {
    if (outcome.error.code === 'id_exists_with_different_content') return err(outcome.error.code, 'this id was already used for another operation');
    throw new Error(`shift cash refused by the ledger: ${outcome.error.code}`);
  }
  if (outcome.value.replayed) throw new Error('shift batch replayed without its record');
  return ok(undefined);
}
