import { randomBytes } from 'node:crypto';
import { newId } from '../../../shared/domain/ids';
import type { VOUCHER_STATE_SCHEMAS } from '../../../shared/domain/state/vouchers';
import { insertBatch, insertVoucher } from '../../../electron/main/db/repositories/voucher.repo';
import { chainState } from '../../../electron/main/db/repositories/state.repo';
import type { TestApp } from '../../support/test-app';
import { renameIn, type Case } from './case';

/** Tamper cases for the vouchers domain's state kinds (its record kinds have a generic case). */
export const voucherTamperCases: { readonly [K in keyof typeof VOUCHER_STATE_SCHEMAS]: Case } = {
  'voucher_batch.state': renameIn('currency'),
  'voucher.state': renameIn('state'),
};

/**
 * Writes at least one entry of every state kind of the vouchers domain: a batch of one voucher,
 * through the repositories and chained as the generation use case will do.
 */
export async function seedVoucherKinds(t: TestApp): Promise<void> {
  const [batchId, voucherId, staffId] = [newId(), newId(), newId()];
  const nowMs = t.clock.nowMs();
  await t.db.tx.write(async (tx) => {
    await insertBatch(tx, { id: batchId, currency: 'CNY', faceValueMinor: 2000, count: 1, expiresAtMs: null, createdBy: staffId, createdAtMs: nowMs });
    await chainState(tx, t.mac, 'voucher_batch.state', batchId, nowMs);
    await insertVoucher(tx, { id: voucherId, batchId, serial: 1, codeHash: new Uint8Array(randomBytes(32)), createdAtMs: nowMs });
    await chainState(tx, t.mac, 'voucher.state', voucherId, nowMs);
  });
}
