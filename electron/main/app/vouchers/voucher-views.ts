import type { Output } from '../../../../shared/ipc/contract';
import type { VoucherBatchRow } from '../../db/repositories/voucher.repo';

export type VoucherBatchView = Output<'vouchers.generateBatch'>['batch'];

export function batchView(b: VoucherBatchRow): VoucherBatchView {
  return {
    batchId: b.id, currency: b.currency, faceValueMinor: b.faceValueMinor, count: b.count, expiresAtMs: b.expiresAtMs,
    createdBy: b.createdBy, createdAtMs: b.createdAtMs,
  };
}
