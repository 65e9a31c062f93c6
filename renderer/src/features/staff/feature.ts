import { defineFeature } from '../feature';

/**
 * Sign-in, lock and the idle lock: the gate and the frame show them around the sections. The
 * session itself lives in stores/session.store.ts, which drives every reset.
 */
export const staffFeature = defineFeature({ id: 'staff', sessionStores: [] });
