import { afterEach, describe, expect, it } from 'vitest';
import { foldSlots, hostTimeZone } from '../../../electron/main/app/shifts/reports';
import { SLOT_MS, type ReportGroupRow } from '../../../electron/main/db/repositories/sales-report.repo';

/**
 * Hour and day buckets are the host's local time (date-fns), folded from 15-minute UTC slots, so a
 * zone half an hour off UTC and a day with a DST change both bucket right.
 */
const saved = process.env['TZ'];
afterEach(() => {
  if (saved === undefined) delete process.env['TZ'];
  else process.env['TZ'] = saved;
});

const slot = (iso: string, totalMinor: number): ReportGroupRow => ({
  key: String(Date.parse(iso) / SLOT_MS), label: '', currency: 'CNY', saleCount: 1, refundCount: 0, quantityMilli: null,
  salesMinor: totalMinor, refundsMinor: 0, netMinor: totalMinor, taxMinor: 0,
});

describe('report time buckets', () => {
  it('a zone at UTC+5:30 buckets 00:15 and 00:30 UTC into its own 05:00 and 06:00', () => {
    process.env['TZ'] = 'Asia/Kolkata';
    expect(hostTimeZone()).toMatch(/^Asia\/(Kolkata|Calcutta)$/);
    const rows = foldSlots([slot('2026-03-01T00:15:00Z', 100), slot('2026-03-01T00:30:00Z', 200), slot('2026-03-01T00:45:00Z', 50)], 'hour');
    expect(rows.map((r) => [r.key, r.totalMinor])).toEqual([['2026-03-01 05:00', 100], ['2026-03-01 06:00', 250]]);
    expect(rows[1]?.bucketStartMs).toBe(Date.parse('2026-03-01T00:30:00Z'));
  });

  it('days follow the local calendar across a DST change (a 23-hour day in Paris)', () => {
    process.env['TZ'] = 'Europe/Paris';
    const rows = foldSlots([
      slot('2026-03-28T23:00:00Z', 1), // 00:00 on the 29th, local
      slot('2026-03-29T21:45:00Z', 2), // 23:45 on the 29th (UTC+2 since 02:00)
      slot('2026-03-29T22:00:00Z', 4), // 00:00 on the 30th
    ], 'day');
    expect(rows.map((r) => [r.key, r.totalMinor])).toEqual([['2026-03-29', 3], ['2026-03-30', 4]]);
    expect((rows[1]?.bucketStartMs ?? 0) - (rows[0]?.bucketStartMs ?? 0)).toBe(23 * 3_600_000);
  });

  it('keeps currencies apart in one bucket', () => {
    process.env['TZ'] = 'UTC';
    const rows = foldSlots([slot('2026-03-01T10:00:00Z', 5), { ...slot('2026-03-01T10:15:00Z', 7), currency: 'EUR' }], 'hour');
    expect(rows.map((r) => [r.key, r.currency, r.totalMinor])).toEqual([['2026-03-01 10:00', 'CNY', 5], ['2026-03-01 10:00', 'EUR', 7]]);
  });
});
