import type { Api } from '../../api/client';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { useFxStore } from './fx.store';

export async function loadRates(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  useFxStore.getState().start();
  try {
    const rates = await api.call('fx.listRates', {});
    if (epoch === sessionEpoch()) useFxStore.getState().loaded(rates);
  } catch (error) {
    if (epoch === sessionEpoch()) useFxStore.getState().fail(toClientError(error));
  }
}

/** A manager sets a pair's rate; the list is read again so every pair shows as main stored it. */
export async function setRate(api: Api, input: Input<'fx.setRate'>): Promise<Output<'fx.setRate'>> {
  const rate = await api.call('fx.setRate', input);
  await loadRates(api);
  return rate;
}

export async function convert(api: Api, input: Input<'wallets.convert'>): Promise<Output<'wallets.convert'>> {
  return api.call('wallets.convert', input);
}
