import type { RecordBody } from '../../../../shared/domain/records';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { HoldSnapshot } from '../../core/ledger/snapshots';
import { firstRecord } from '../../db/repositories/record.repo';
import { loadHolds } from '../../db/repositories/transfer.repo';
import type { ReadTx } from '../../db/tx';
import { bodyOf } from './card-money';

export type OpenAuthorization = { readonly authorization: RecordBody<'card.payment.authorized'>; readonly hold: HoldSnapshot };

/**
 * A card authorisation that may still be captured or released: its record (so an id that is not
 * a card payment's is `hold_not_found`, whatever the ledger holds under it) and its hold, neither
 * resolved nor expired. The same refusals the ledger's planner would give, decided before the
 * batch so they book nothing.
 */
export async function openAuthorization(tx: ReadTx, authorizationId: string, nowMs: number): Promise<Result<OpenAuthorization>> {
  const record = await firstRecord(tx, authorizationId, 'card.payment.authorized');
  if (!record) return err('hold_not_found', 'no card authorisation has this id');
  const authorization = bodyOf(record, 'card.payment.authorized');
  const hold = (await loadHolds(tx, [authorization.holdId])).get(authorization.holdId);
  if (!hold) throw new Error(`authorisation ${authorizationId} has a record but no hold`);
  if (hold.resolved) return err('hold_already_resolved', 'the authorisation was already captured, released or expired');
  if (nowMs >= hold.expiresAtMs) return err('hold_expired', 'the authorisation has expired');
  return ok({ authorization, hold });
}
