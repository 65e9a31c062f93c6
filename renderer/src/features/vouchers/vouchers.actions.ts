import type { Api } from '../../api/client';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { useVouchersStore } from './vouchers.store';

/** Counts, liability and the newest batches (managers only: the calls are manager calls). */
export async function loadVoucherOverview(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  useVouchersStore.getState().start();
  try {
    const summary = await api.call('vouchers.summary', {});
    const { batches } = await api.call('vouchers.listBatches', { limit: 20 });
    if (epoch === sessionEpoch()) useVouchersStore.getState().loaded(summary, batches);
  } catch (error) {
    if (epoch === sessionEpoch()) useVouchersStore.getState().fail(toClientError(error));
  }
}

/** The clear codes come back once, to the dialog that prints them; the overview is read again. */
export async function generateBatch(api: Api, input: Input<'vouchers.generateBatch'>): Promise<Output<'vouchers.generateBatch'>> {
  const answer = await api.call('vouchers.generateBatch', input);
  void loadVoucherOverview(api);
  return answer;
}

export async function sellVoucher(api: Api, input: Input<'vouchers.sell'>): Promise<Output<'vouchers.sell'>> {
  return api.call('vouchers.sell', input);
}

export async function redeemVoucher(api: Api, input: Input<'vouchers.redeem'>): Promise<Output<'vouchers.redeem'>> {
  return api.call('vouchers.redeem', input);
}

export async function voidVoucher(api: Api, input: Input<'vouchers.void'>): Promise<Output<'vouchers.void'>> {
  const answer = await api.call('vouchers.void', input);
  void loadVoucherOverview(api);
  return answer;
}
