import type { ClientError } from '../../api/client';
import type { Output } from '../../../../shared/ipc/contract';
import type { ReportGroup } from '../../../../shared/ipc/contract/reports-schemas';
import { createSessionStore } from '../../lib/session-scope';
import type { DayRange } from './date-range';

export type SalesReport = Output<'reports.sales'>;
export type SalesRow = SalesReport['rows'][number];
export type TaxesReport = Output<'reports.taxes'>;
export type TaxRow = TaxesReport['rows'][number];
export type StoredValue = Output<'reports.storedValue'>;
export type StoredValueRow = StoredValue['rows'][number];

/** One answer per grouping; `hour` stays null when the range is longer than hourly reports cover. */
export type SalesByGroup = { readonly [G in ReportGroup]: SalesReport | null };

/**
 * Reports (managers): the day range picked and the answers for it. Session-scoped: the figures
 * are the shop's business, gone at lock or sign-out. `range` is null until the screen sets its
 * default (the last seven days as of the moment it opens).
 */
export type ReportsState = {
  readonly range: DayRange | null;
  readonly sales: SalesByGroup | null;
  readonly taxes: TaxesReport | null;
  readonly storedValue: StoredValue | null;
  readonly loading: boolean;
  readonly error: ClientError | null;
  setRange(range: DayRange): void;
  start(): void;
  loaded(sales: SalesByGroup, taxes: TaxesReport, storedValue: StoredValue): void;
  fail(error: ClientError): void;
};

export const useReportsStore = createSessionStore<ReportsState>('reports.main', (set) => ({
  range: null,
  sales: null,
  taxes: null,
  storedValue: null,
  loading: false,
  error: null,
  setRange: (range) => set({ range }),
  start: () => set({ loading: true, error: null }),
  loaded: (sales, taxes, storedValue) => set({ sales, taxes, storedValue, loading: false }),
  fail: (error) => set({ error, loading: false }),
}));
