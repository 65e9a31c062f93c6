import type { Api } from '../../api/client';
import { HOURLY_RANGE_DAYS_MAX, REPORT_GROUPS } from '../../../../shared/ipc/contract/reports-schemas';
import type { ReportGroup } from '../../../../shared/ipc/contract/reports-schemas';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { rangeMs } from './date-range';
import type { DayRange } from './date-range';
import { useReportsStore } from './reports.store';
import type { SalesByGroup, SalesReport } from './reports.store';

const DAY_MS = 86_400_000;

// Ranges overlap while someone changes the dates: only the answer to the latest is shown.
let latest = 0;

/** Whether the core gives hourly buckets for this range (it refuses longer ones). */
export function hourlyAllowed(span: { fromMs: number; toMs: number }): boolean {
  return span.toMs - span.fromMs <= HOURLY_RANGE_DAYS_MAX * DAY_MS;
}

/**
 * Every report for the range: sales by each grouping, taxes, and the stored value owed now.
 * A range that is not a range (a field empty, the end before the start) asks nothing.
 */
export async function loadReports(api: Api, range: DayRange): Promise<void> {
  const span = rangeMs(range);
  if (span === null) return;
  const epoch = sessionEpoch();
  const request = (latest += 1);
  useReportsStore.getState().start();
  const current = () => epoch === sessionEpoch() && request === latest;
  try {
    const groups = REPORT_GROUPS.filter((group) => group !== 'hour' || hourlyAllowed(span));
    const [answers, taxes, storedValue] = await Promise.all([
      Promise.all(groups.map((groupBy) => api.call('reports.sales', { ...span, groupBy }))),
      api.call('reports.taxes', span),
      api.call('reports.storedValue', {}),
    ]);
    const byGroup = Object.fromEntries(REPORT_GROUPS.map((group) => [group, null])) as Record<ReportGroup, SalesReport | null>;
    for (const answer of answers) byGroup[answer.groupBy] = answer;
    if (current()) useReportsStore.getState().loaded(byGroup as SalesByGroup, taxes, storedValue);
  } catch (error) {
    if (current()) useReportsStore.getState().fail(toClientError(error));
  }
}
