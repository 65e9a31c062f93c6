import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTenders, type TenderAmount } from '../../../electron/main/core/sales/tender-split';
import { fcSeed } from '../../support/fc-seed';

describe('splitTenders', () => {
  it('cash pays the rest after the exact non-cash parts, with change', () => {
    const split = splitTenders(12_345, [{ kind: 'card', amountMinor: 3_000 }, { kind: 'cash', amountMinor: 10_000 }], 1);
    expect(split).toEqual({ ok: true, value: { paidMinor: [3_000, 9_345], changeMinor: 655, cashRoundingMinor: 0 } });
  });

  it('rounds only the cash part to the increment (CHF 0.05), half away from zero', () => {
    expect(splitTenders(1_002, [{ kind: 'cash', amountMinor: 2_000 }], 5)).toEqual({ ok: true, value: { paidMinor: [1_000], changeMinor: 1_000, cashRoundingMinor: -2 } });
    expect(splitTenders(1_003, [{ kind: 'cash', amountMinor: 1_005 }], 5)).toEqual({ ok: true, value: { paidMinor: [1_005], changeMinor: 0, cashRoundingMinor: 2 } });
    expect(splitTenders(1_003, [{ kind: 'card', amountMinor: 1_003 }], 5)).toEqual({ ok: true, value: { paidMinor: [1_003], changeMinor: 0, cashRoundingMinor: 0 } });
  });

  it('refuses what does not add up', () => {
    const codeOf = (t: TenderAmount[], total = 1_000) => {
      const r = splitTenders(total, t, 1);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(codeOf([{ kind: 'card', amountMinor: 999 }])).toBe('tenders_mismatch');
    expect(codeOf([{ kind: 'card', amountMinor: 1_001 }])).toBe('tenders_mismatch');
    expect(codeOf([{ kind: 'cash', amountMinor: 999 }])).toBe('tenders_mismatch');
    expect(codeOf([{ kind: 'card', amountMinor: 1_000 }, { kind: 'cash', amountMinor: 5 }])).toBe('tenders_mismatch');
    expect(codeOf([{ kind: 'cash', amountMinor: 500 }, { kind: 'cash', amountMinor: 500 }])).toBe('tenders_mismatch');
  });

  it('property: paid parts sum to the total plus rounding; change is handed cash less cash due', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }), fc.array(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 4 }),
        fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(1, 5, 10, 50, 100),
        (total, nonCash, extra, increment) => {
          const covered = nonCash.reduce((s, v) => s + v, 0);
          const tenders: TenderAmount[] = [...nonCash.map((amountMinor) => ({ kind: 'external_card' as const, amountMinor })), { kind: 'cash', amountMinor: Math.max(1, total - covered + increment + extra) }];
          const split = splitTenders(total, tenders, increment);
          if (!split.ok) return covered >= total || total - covered < increment;
          const paid = split.value.paidMinor.reduce((s, v) => s + v, 0);
          const handed = tenders[tenders.length - 1]?.amountMinor ?? 0;
          const cashDue = split.value.paidMinor[split.value.paidMinor.length - 1] ?? 0;
          return paid === total + split.value.cashRoundingMinor && split.value.changeMinor === handed - cashDue && cashDue % increment === 0
            && Math.abs(split.value.cashRoundingMinor) * 2 <= increment;
        },
      ),
      { seed: fcSeed('tender split'), numRuns: 500 },
    );
  });
});
