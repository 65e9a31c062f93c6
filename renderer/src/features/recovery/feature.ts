import { defineFeature } from '../feature';

/**
 * The way forward from a database older than its chain anchor: shown by the gate instead of
 * everything else while the host runs its recovery dispatch, so no section and no store.
 */
export const recoveryFeature = defineFeature({ id: 'recovery', sessionStores: [] });
