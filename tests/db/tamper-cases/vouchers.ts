import { newId } from '../../../shared/domain/ids';
import type { VOUCHER_STATE_SCHEMAS } from '../../../shared/domain/state/vouchers';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import { expectOk, type TestApp } from '../../support/test-app';
import { renameIn, type Case } from './case';

/** Tamper cases for the vouchers domain's state kinds (its record kinds have a generic case). */
export const voucherTamperCases: { readonly [K in keyof typeof VOUCHER_STATE_SCHEMAS]: Case } = {
  'voucher_batch.state': renameIn('currency'),
  'voucher.state': renameIn('state'),
};

type Generated = { vouchers: { voucherId: string; code: string }[] };

/**
 * Writes at least one entry of every state and record kind of the vouchers domain, through its use
 * cases (the caller is signed in as a manager or the owner): a batch of three, one sold and
 * redeemed into a wallet, one sold and voided, and the batch voided (the third, still unsold).
 */
export async function seedVoucherKinds(t: TestApp): Promise<void> {
  const batchId = newId();
  const { vouchers } = expectOk<Generated>(await t.call('vouchers.generateBatch', { batchId, currency: 'CNY', faceValueMinor: 2000, count: 3 }));
  const [redeemed, voided] = vouchers;
  if (!redeemed || !voided) throw new Error('the batch is short');
  const { walletId } = await seedCustomerAndWallet(t);
  for (const v of [redeemed, voided]) {
    expectOk(await t.call('vouchers.sell', { operationId: newId(), voucher: { code: v.code }, tender: { kind: 'cash' } }));
  }
  expectOk(await t.call('vouchers.redeem', { operationId: newId(), code: redeemed.code, wallet: { walletId } }));
  expectOk(await t.call('vouchers.void', { operationId: newId(), voucher: { voucherId: voided.voucherId }, reason: 'lost' }));
  expectOk(await t.call('vouchers.voidBatch', { operationId: newId(), batchId, reason: 'lost' })); // the third, unsold
}
