import type { Api } from '../../api/client';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { useDisplayPairingStore } from './display.store';

/** Asks main for a fresh one-time pairing code (any earlier one stops working). */
export async function requestPairingCode(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  useDisplayPairingStore.getState().start();
  try {
    const code = await api.call('display.pairingCode', {});
    if (epoch === sessionEpoch()) useDisplayPairingStore.getState().issued(code);
  } catch (error) {
    if (epoch === sessionEpoch()) useDisplayPairingStore.getState().fail(toClientError(error));
  }
}
