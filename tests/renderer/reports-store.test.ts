import { beforeEach, describe, expect, it } from 'vitest';

import { hourlyAllowed, loadReports } from '../../renderer/src/features/reports/reports.actions';
import { useReportsStore } from '../../renderer/src/features/reports/reports.store';
import { resetSessionStores } from '../../renderer/src/lib/session-scope';
import { fail, fakeApi, ok } from './fake-transport';

const DAY = 86_400_000;
const sales = (input: unknown) => {
  const { fromMs, toMs, groupBy } = input as { fromMs: number; toMs: number; groupBy: string };
  return ok({ fromMs, toMs, groupBy, timeZone: 'UTC', rows: [], truncated: false, totals: [] });
};
const taxes = (input: unknown) => ok({ ...(input as object), rows: [] });
const storedValue = () => ok({ atMs: 5, rows: [] });

beforeEach(() => resetSessionStores());

describe('reports store and actions', () => {
  it('asks every grouping, the taxes and the stored value for the range', async () => {
    const { api, calls } = fakeApi({ 'reports.sales': sales, 'reports.taxes': taxes, 'reports.storedValue': storedValue });
    await loadReports(api, { from: '2026-11-27', to: '2026-12-03' });
    const fromMs = new Date(2026, 10, 27).getTime();
    const toMs = new Date(2026, 11, 4).getTime();
    const groups = calls.filter((call) => call.key === 'reports.sales').map((call) => call.input);
    expect(groups).toEqual(['hour', 'day', 'product', 'category', 'tender', 'staff'].map((groupBy) => ({ fromMs, toMs, groupBy })));
    expect(calls.find((call) => call.key === 'reports.taxes')?.input).toEqual({ fromMs, toMs });
    const state = useReportsStore.getState();
    expect(state.sales?.staff?.groupBy).toBe('staff');
    expect(state.taxes?.rows).toEqual([]);
    expect(state.storedValue?.atMs).toBe(5);
    expect(state.loading).toBe(false);
  });

  it('leaves hourly figures out past 31 days (main refuses them), and asks nothing for a backwards range', async () => {
    expect(hourlyAllowed({ fromMs: 0, toMs: 31 * DAY })).toBe(true);
    expect(hourlyAllowed({ fromMs: 0, toMs: 31 * DAY + 1 })).toBe(false);
    const { api, calls } = fakeApi({ 'reports.sales': sales, 'reports.taxes': taxes, 'reports.storedValue': storedValue });
    await loadReports(api, { from: '2026-10-01', to: '2026-12-03' });
    expect(calls.some((call) => (call.input as { groupBy?: string }).groupBy === 'hour')).toBe(false);
    expect(useReportsStore.getState().sales?.hour).toBeNull();
    expect(useReportsStore.getState().sales?.day?.groupBy).toBe('day');
    const before = calls.length;
    await loadReports(api, { from: '2026-12-04', to: '2026-12-03' });
    expect(calls).toHaveLength(before);
  });

  it('shows only the latest range, drops answers after a sign-out, and keeps a failure as the error', async () => {
    let release: (value: unknown) => void = () => undefined;
    const slow = new Promise((resolve) => { release = resolve; });
    const { api } = fakeApi({
      'reports.sales': (input) => ((input as { fromMs: number }).fromMs === new Date(2026, 0, 1).getTime() ? slow.then(() => sales(input)) : sales(input)),
      'reports.taxes': taxes,
      'reports.storedValue': storedValue,
    });
    const first = loadReports(api, { from: '2026-01-01', to: '2026-01-02' });
    await loadReports(api, { from: '2026-02-01', to: '2026-02-02' });
    release(undefined);
    await first;
    expect(useReportsStore.getState().sales?.day?.fromMs).toBe(new Date(2026, 1, 1).getTime());

    const late = loadReports(fakeApi({ 'reports.sales': () => slow.then(() => fail('forbidden')), 'reports.taxes': taxes, 'reports.storedValue': storedValue }).api, { from: '2026-03-01', to: '2026-03-02' });
    resetSessionStores();
    await late;
    expect(useReportsStore.getState().error).toBeNull();
    await loadReports(fakeApi({ 'reports.sales': () => fail('forbidden'), 'reports.taxes': taxes, 'reports.storedValue': storedValue }).api, { from: '2026-03-01', to: '2026-03-02' });
    expect(useReportsStore.getState().error?.code).toBe('forbidden');
  });
});
