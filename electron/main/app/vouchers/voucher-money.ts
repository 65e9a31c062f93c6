import type { AccountKindName } from '../../../../shared/domain/account-kinds';
import { uuidToBytes } from '../../../../shared/domain/ids';
import { derivedUuidV7 } from '../ledger/derived-id';
import type { BatchRequest } from '../../../../shared/domain/ledger-types';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { requestBytes } from '../../core/ledger/canonical-batch';
import { validateBatch } from '../../core/ledger/validate-batch';
import { sha256 } from '../../db/chain-mac';
import type { WriteTx } from '../../db/tx';
import { ensureAccountIn, type OwnedAccount } from '../ledger/owned-accounts';
import type { Actor, LedgerWritePorts } from '../ledger/ports';
import { submitIn } from '../ledger/submit-batch';

/**
 * The one transfer leg of a voucher operation gets an id derived from the operation id, so that
 * the same operation always builds the same ledger request (and the same request hash): the
 * UUIDv7 keeps the operation id's time prefix and takes the rest from SHA-256 of a label and the
 * operation id, with the version and variant bits set.
 */
export function voucherLegId(operationId: string): string {
  const op = uuidToBytes(operationId);
  const digest = sha256(new Uint8Array([...Buffer.from('tillbook/voucher-leg/1'), ...op]));
  return derivedUuidV7(op, digest.subarray(6, 16));
}

export type VoucherMove = {
  readonly operationId: string;
  readonly currency: string;
  readonly from: AccountKindName | { readonly name: AccountKindName; readonly ownerId: string };
  readonly to: AccountKindName | { readonly name: AccountKindName; readonly ownerId: string };
  readonly amountMinor: number;
  /** The transfer's code: what the movement was (`voucher_sale`, `voucher_redeem`, `voucher_void`). */
  readonly code: string;
};

const owned = (side: VoucherMove['from'], currency: string): OwnedAccount =>
  typeof side === 'string' ? { name: side, currency } : { name: side.name, ownerId: side.ownerId, currency };

/**
 * Moves a voucher's money in the caller's transaction: opens the two accounts if need be and
 * submits one linked batch whose id is the operation id. The state machine was checked first, so
 * the only refusal expected here is an operation id that another operation already used
 * (`id_exists_with_different_content`); any other decline (the voucher liability short of the
 * face value) would mean the voucher rows and the ledger disagree, and throws.
 */
export async function moveVoucherMoney(tx: WriteTx, ports: LedgerWritePorts, move: VoucherMove, actor: Actor): Promise<Result<void>> {
  const debitAccountId = await ensureAccountIn(tx, ports, owned(move.from, move.currency), actor);
  const creditAccountId = await ensureAccountIn(tx, ports, owned(move.to, move.currency), actor);
  const request: BatchRequest = {
    id: move.operationId,
    legs: [{
      kind: 'single', id: voucherLegId(move.operationId), currency: move.currency, debitAccountId, creditAccountId,
      amountMinor: move.amountMinor, code: move.code,
    }],
  };
  const invalid = validateBatch(request);
  if (invalid) throw new Error(`voucher batch is malformed: ${invalid.code}`);
  const outcome = await submitIn(tx, ports, request, sha256(requestBytes(request)), actor);
  if (!outcome.ok) {
    if (outcome.error.code === 'id_exists_with_different_content') return err(outcome.error.code, 'this operation id was already used for another operation');
    throw new Error(`voucher money refused by the ledger: ${outcome.error.code}`);
  }
  // The record of the operation is read before any move, in the same transaction: a replay here
  // would mean a batch committed without its record.
  if (outcome.value.replayed) throw new Error('voucher batch replayed without its record');
  return ok(undefined);
}
