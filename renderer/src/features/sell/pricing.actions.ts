import type { Api } from '../../api/client';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { markAddPriced } from './perf-marks';
import { useSellStore } from './sell.store';

/**
 * Asks core for the cart's figures; the answer is kept only if the cart has not changed since.
 * Its own module: the cart's edits (sell.actions.ts) and a refused completion
 * (checkout.actions.ts) both price the cart, and sell.actions.ts already imports
 * checkout.actions.ts, which therefore cannot import it back.
 */
export async function priceCart(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  const { cart, version } = useSellStore.getState();
  if (cart === null || cart.lines.length === 0) return;
  try {
    const priced = await api.call('sales.price', { cart });
    if (epoch === sessionEpoch() && useSellStore.getState().pricedFor(version, priced)) markAddPriced(version);
  } catch (error) {
    if (epoch === sessionEpoch()) useSellStore.getState().pricingFailed(version, toClientError(error));
  }
}
