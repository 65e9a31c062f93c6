import { defineFeature } from '../feature';
import { IconDrawer } from './IconDrawer';
import { useClosuresStore } from './closures.store';
import { useShiftsStore } from './shifts.store';
import { ShiftsScreen } from './ShiftsScreen';

/** Shifts: every signed-in staff member opens, records cash movements and closes (main checks who may close). */
export const shiftsFeature = defineFeature({
  id: 'shifts',
  section: { labelKey: 'common:nav.shifts', icon: IconDrawer, Screen: ShiftsScreen, minRole: 'cashier' },
  sessionStores: [useShiftsStore, useClosuresStore],
});
