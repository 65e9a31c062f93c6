import { defineFeature } from '../feature';

/** Demo shop (issue 9 §7): no section of its own; the status bar's DEMO badge (DemoBadge.tsx). */
export const demoFeature = defineFeature({ id: 'demo', sessionStores: [] });
