import type { shiftDomainContract } from '../../../shared/ipc/contract/shifts-domain';
import type { DomainSamples, SampleIds } from './fixture';

const SHIFT_ID = '01890000-0000-7000-8000-0000000000d1';
const MOVEMENT_ID = '01890000-0000-7000-8000-0000000000d2';
const EVENT_ID = '01890000-0000-7000-8000-0000000000d3';
const CLOSURE_ID = '01890000-0000-7000-8000-0000000000d4';
const WEEK_MS = 7 * 86_400_000;
const FROM_MS = 1_767_225_600_000; // 2026-01-01T00:00:00Z

export const shiftSamples = (_ids: SampleIds): DomainSamples<typeof shiftDomainContract> => ({
  'shifts.open': [{ shiftId: SHIFT_ID, floatMinor: 10_000 }, { shiftId: SHIFT_ID, floatMinor: 0 }],
  'shifts.current': [{}],
  'shifts.cashMovement': [
    { movementId: MOVEMENT_ID, kind: 'paid_in', amountMinor: 500, reason: 'change from the bank' },
    { movementId: MOVEMENT_ID, kind: 'paid_out', amountMinor: 200, reason: '清洁费' },
  ],
  'shifts.noSale': [{ eventId: EVENT_ID, reason: 'give change for the bus' }],
  'shifts.xReport': [{}, { countedCashMinor: 12_345 }],
  'shifts.close': [{ shiftId: SHIFT_ID, countedCashMinor: 10_000, confirmUnsynced: true }, { shiftId: SHIFT_ID, countedCashMinor: 0 }],
  'shifts.zReports': [{ beforeZNumber: 5, limit: 10 }, {}],
  'shifts.zReport': [{ zNumber: 1 }],
  'shifts.closePeriod': [{ kind: 'month', closureId: CLOSURE_ID, period: '2026-01' }, { kind: 'year', closureId: CLOSURE_ID, period: '2026' }],
  'shifts.closures': [{ kind: 'month' }, { kind: 'year', beforeNumber: 3, limit: 5 }],
  'reports.sales': [
    { fromMs: FROM_MS, toMs: FROM_MS + WEEK_MS, groupBy: 'hour' }, { fromMs: FROM_MS, toMs: FROM_MS + WEEK_MS, groupBy: 'day' },
    { fromMs: FROM_MS, toMs: FROM_MS + WEEK_MS, groupBy: 'product' }, { fromMs: FROM_MS, toMs: FROM_MS + WEEK_MS, groupBy: 'category' },
    { fromMs: FROM_MS, toMs: FROM_MS + WEEK_MS, groupBy: 'tender' }, { fromMs: FROM_MS, toMs: FROM_MS + WEEK_MS, groupBy: 'staff' },
  ],
  'reports.taxes': [{ fromMs: FROM_MS, toMs: FROM_MS + WEEK_MS }],
  'reports.storedValue': [{}],
});
