import type { Api } from '../../api/client';
import { toClientError } from '../../lib/error-message';
import { useHealthStore } from './health.store';
import { useVerifyStore } from './verify.store';

export async function loadHealth(api: Api): Promise<void> {
  const store = useHealthStore.getState();
  store.start();
  try {
    store.succeed(await api.call('ledger.health', {}));
  } catch (error) {
    useHealthStore.getState().fail(toClientError(error));
  }
}

/**
 * Runs ledger.verify with progress from `ledger.verifyProgress`. The state lives in the store,
 * so the user can leave the screen while it runs; health is refreshed after the result.
 */
export async function runVerify(api: Api): Promise<void> {
  const verify = useVerifyStore.getState();
  if (!verify.start()) return;
  const unsubscribe = api.on('ledger.verifyProgress', (progress) =>
    useVerifyStore.getState().progress(progress),
  );
  try {
    const result = await api.call('ledger.verify', {});
    useVerifyStore.getState().finish(result);
  } catch (error) {
    useVerifyStore.getState().fail(toClientError(error));
    return;
  } finally {
    unsubscribe();
  }
  await loadHealth(api);
}
