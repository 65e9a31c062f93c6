import { describe, expect, it } from 'vitest';

import type { StatementLine } from '../../shared/domain/statement';
import { dayEndMs, dayStartMs, lineWordsKey, rangeOf, signedMinor, statementCsvRow } from '../../renderer/src/features/cards/statement';
import { voucherBatchCsv, voucherCsvName } from '../../renderer/src/features/vouchers/voucher-csv';
import { csvLine } from '../../renderer/src/components/csv';
import { formatBps, formatMaxAge } from '../../renderer/src/features/fx/fx-format';

const line = (over: Partial<StatementLine> = {}): StatementLine => ({
  key: 5 * 1024, seq: 5, transferId: '01900000-0000-7000-8000-000000000001', operationId: '01900000-0000-7000-8000-000000000002',
  atMs: Date.UTC(2026, 11, 3, 6, 27, 6), kind: 'single', direction: 'in', amountMinor: 10_000, currency: 'CNY', code: 'card_topup',
  counterAccountId: '01900000-0000-7000-8000-000000000003', counterAccountKind: 'cash_drawer', memo: null, pendingId: null, ...over,
});

describe('statement lines', () => {
  it('signs debits, and writes CSV rows with exact decimals in UTC', () => {
    expect(signedMinor(line())).toBe(10_000);
    expect(signedMinor(line({ direction: 'out', amountMinor: 1250 }))).toBe(-1250);
    expect(csvLine(statementCsvRow(line({ direction: 'out', amountMinor: 1250, kind: 'post', pendingId: '01900000-0000-7000-8000-000000000004' }))))
      .toBe('2026-12-03T06:27:06.000Z,01900000-0000-7000-8000-000000000002,post,out,-12.50,CNY,cash_drawer,01900000-0000-7000-8000-000000000004');
    expect(csvLine(statementCsvRow(line({ currency: 'JPY', amountMinor: 300 })))).toContain(',in,300,JPY,');
  });

  it('names a line by its transfer code, or by its kind for a code it does not know', () => {
    expect(lineWordsKey(line())).toBe('cards:statement.code.topUp');
    expect(lineWordsKey(line({ code: 'fx.convert.fee' }))).toBe('cards:statement.code.convertFee');
    expect(lineWordsKey(line({ code: 'something_new', kind: 'pending' }))).toBe('cards:statement.kind.pending');
    expect(lineWordsKey(line({ code: 'constructor', kind: 'void' }))).toBe('cards:statement.kind.void');
  });

  it('turns picked days into inclusive local-time bounds', () => {
    const start = dayStartMs('2026-12-03');
    const end = dayEndMs('2026-12-03');
    expect(start).toBe(new Date(2026, 11, 3).getTime());
    expect(end).toBe(new Date(2026, 11, 4).getTime() - 1);
    expect(rangeOf('', '')).toEqual({});
    expect(rangeOf('2026-12-03', '')).toEqual({ fromMs: start });
    expect(dayStartMs('03/12/2026')).toBeUndefined();
  });
});

describe('voucher batch CSV', () => {
  it('lists every code once with its face value, and names the file by the batch only', () => {
    const batchId = '01900000-0000-7000-8000-0000000000b1';
    const text = voucherBatchCsv({
      batch: { batchId, currency: 'CNY', faceValueMinor: 5000, count: 2, expiresAtMs: null, createdBy: '01900000-0000-7000-8000-0000000000c1', createdAtMs: 1 },
      vouchers: [
        { voucherId: '01900000-0000-7000-8000-0000000000d1', serial: 1, code: 'MSAC-FST1-FCP5-WMKS' },
        { voucherId: '01900000-0000-7000-8000-0000000000d2', serial: 2, code: 'V7TP-R75S-1KZA-PH0=' },
      ],
    });
    expect(text.split('\r\n')).toEqual([
      '\uFEFFserial,code,face_value,currency,expires_utc,batch_id',
      `1,MSAC-FST1-FCP5-WMKS,50.00,CNY,,${batchId}`,
      `2,V7TP-R75S-1KZA-PH0=,50.00,CNY,,${batchId}`,
      '',
    ]);
    expect(voucherCsvName(batchId)).toBe('vouchers-01900000.csv');
  });
});

describe('FX words', () => {
  it('writes a fee in basis points as a percentage and a rate’s age in hours', () => {
    expect(formatBps(150, 'en')).toBe('1.5%');
    expect(formatBps(0, 'en')).toBe('0%');
    expect(formatMaxAge(86_400_000, 'en')).toBe('24 hr');
    expect(formatMaxAge(30 * 60_000, 'en')).toBe('30 min');
  });
});
