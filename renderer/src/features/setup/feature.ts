import { defineFeature } from '../feature';

/** First-run setup: shown by the gate before any session exists, so no section and no store. */
export const setupFeature = defineFeature({ id: 'setup', sessionStores: [] });
