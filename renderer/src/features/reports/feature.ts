import { defineFeature } from '../feature';
import { IconChart } from './IconChart';
import { useReportsStore } from './reports.store';
import { ReportsScreen } from './ReportsScreen';

/** Reports: managers and owners (the reports calls are manager calls). */
export const reportsFeature = defineFeature({
  id: 'reports',
  section: { labelKey: 'common:nav.reports', icon: IconChart, Screen: ReportsScreen, minRole: 'manager' },
  sessionStores: [useReportsStore],
});
