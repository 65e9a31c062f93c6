import type { Api } from '../../api/client';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { useHealthStore } from './health.store';
import { useVerifyStore } from './verify.store';

export async function loadHealth(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  useHealthStore.getState().start();
  try {
    const health = await api.call('ledger.health', {});
    if (epoch === sessionEpoch()) useHealthStore.getState().succeed(health);
  } catch (error) {
    if (epoch === sessionEpoch()) useHealthStore.getState().fail(toClientError(error));
  }
}

/**
 * Runs ledger.verify with progress from `ledger.verifyProgress`. The state lives in the store,
 * so the user can leave the screen while it runs; health is refreshed after the result. A
 * sign-out or lock meanwhile resets the stores and the late result is dropped.
 */
export async function runVerify(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  const verify = useVerifyStore.getState();
  if (!verify.start()) return;
  const unsubscribe = api.on('ledger.verifyProgress', (progress) => {
    if (epoch === sessionEpoch()) useVerifyStore.getState().progress(progress);
  });
  try {
    const result = await api.call('ledger.verify', {});
    if (epoch !== sessionEpoch()) return;
    useVerifyStore.getState().finish(result);
  } catch (error) {
    if (epoch === sessionEpoch()) useVerifyStore.getState().fail(toClientError(error));
    return;
  } finally {
    unsubscribe();
  }
  await loadHealth(api);
}
