import type { RecordBody } from '../../../../shared/domain/records';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { appendRecord, firstRecord } from '../../db/repositories/record.repo';
import { chainState } from '../../db/repositories/state.repo';
import { findBatch, markVoided, voucherIdsInState } from '../../db/repositories/voucher.repo';
import type { WriteTx } from '../../db/tx';
import type { Actor } from '../ledger/ports';
import type { VoucherPorts } from './voucher-ports';

type VoidBatchOutput = Output<'vouchers.voidBatch'>;
export type VoidVoucherBatch = (input: Input<'vouchers.voidBatch'>, actor: Actor) => Promise<Result<VoidBatchOutput>>;

const soldLeft = async (tx: WriteTx, batchId: string): Promise<number> => (await voucherIdsInState(tx, batchId, 'sold')).length;

/**
 * Voids every still-unsold voucher of a batch in one transaction, each chained, with one
 * `voucher.batchVoided` record: the way out when a batch's codes were lost (a generation whose
 * response never arrived cannot show them again). No money moves, since nobody paid for an unsold
 * voucher; sold ones stay valid and are voided one by one (`vouchers.void`), because voiding them
 * moves their face value. A repeat of the operation id answers the first outcome.
 */
export function voidVoucherBatch(ports: VoucherPorts): VoidVoucherBatch {
  return async (input, actor) => {
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.write(async (tx): Promise<Result<VoidBatchOutput>> => {
      const earlier = await firstRecord(tx, input.operationId, 'voucher.batchVoided');
      if (earlier) {
        const body = earlier.body as RecordBody<'voucher.batchVoided'>;
        if (body.batchId !== input.batchId || body.reason !== input.reason) {
          return err('id_exists_with_different_content', 'this operation id already voided another batch or for another reason');
        }
        return ok({ operationId: input.operationId, batchId: body.batchId, voidedCount: body.voidedCount, soldRemaining: await soldLeft(tx, body.batchId), voidedAtMs: earlier.atMs, replayed: true });
      }
      const batch = await findBatch(tx, input.batchId);
      if (!batch) return err('voucher_batch_not_found', 'no voucher batch has this id');
      const unsold = await voucherIdsInState(tx, batch.id, 'unsold');
      for (const voucherId of unsold) {
        if (!(await markVoided(tx, voucherId, input.operationId, nowMs))) throw new Error('voucher sold inside its own transaction');
        await chainState(tx, ports.mac, 'voucher.state', voucherId, nowMs);
      }
      const body: RecordBody<'voucher.batchVoided'> = {
        batchId: batch.id, currency: batch.currency, faceValueMinor: batch.faceValueMinor, voidedCount: unsold.length, reason: input.reason,
      };
      await appendRecord(tx, ports.mac, { kind: 'voucher.batchVoided', subjectId: input.operationId, body, actorId: actor.staffId, atMs: nowMs });
      return ok({ operationId: input.operationId, batchId: batch.id, voidedCount: unsold.length, soldRemaining: await soldLeft(tx, batch.id), voidedAtMs: nowMs, replayed: false });
    });
  };
}
