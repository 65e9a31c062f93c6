import { describe, expect, it } from 'vitest';

import {
  approvalAmount, canVoid, findInputFor, parseQuantity, selectAll, selectedLines, type SaleDetail, type SaleLine,
} from '../../renderer/src/features/refunds/refund-selection';

const line = (n: number, patch: Partial<SaleLine> = {}): SaleLine => ({
  lineId: `0190000${n}-0000-7000-8000-000000000000`, productId: '01900000-0000-7000-8000-0000000000aa', sku: `SKU${n}`, name: `Item ${n}`,
  quantityMilli: 2000, unitPriceMinor: 500, discountMinor: 0, netMinor: 885, taxMinor: 115, totalMinor: 1000,
  taxClass: 'standard', taxRateBp: 1300, refundedQuantityMilli: 0, refundableQuantityMilli: 2000, refundableMinor: 1000, ...patch,
});

const sale = (lines: SaleLine[], patch: Partial<SaleDetail> = {}): SaleDetail => ({
  saleId: '01900000-0000-7000-8000-0000000000ff', receiptNumber: 7, status: 'completed', completedAtMs: 0, currency: 'CNY',
  staffId: '01900000-0000-7000-8000-0000000000ee', totalMinor: 2000, cashRoundingMinor: 0, lines, tenders: [], refunds: [],
  refundableMinor: lines.reduce((sum, l) => sum + l.refundableMinor, 0), ...patch,
});

describe('refund selection', () => {
  it('reads digits as a receipt number and anything else as a scanned receipt code', () => {
    expect(findInputFor(' 42 ')).toEqual({ receiptNumber: 42 });
    expect(findInputFor('0')).toBeNull();
    expect(findInputFor('')).toBeNull();
    expect(findInputFor('01900000-0000-7000-8000-0000000000ff')).toEqual({ code: '01900000-0000-7000-8000-0000000000ff' });
    expect(findInputFor('x'.repeat(65))).toBeNull();
  });

  it('the approved amount is core’s refundable figure: exact for whole lines, "at most" for part of a line', () => {
    const s = sale([line(1), line(2, { refundableMinor: 700, refundableQuantityMilli: 1000, refundedQuantityMilli: 1000 })]);
    expect(approvalAmount(s, selectAll(s))).toEqual({ amountMinor: 1700, exact: true });
    expect(approvalAmount(s, { [line(1).lineId]: 1000 })).toEqual({ amountMinor: 1000, exact: false });
    expect(approvalAmount(s, {})).toEqual({ amountMinor: 0, exact: true });
  });

  it('sends only the chosen lines, in the sale’s order; a fully refunded line is not offered', () => {
    const done = line(3, { refundableQuantityMilli: 0, refundableMinor: 0, refundedQuantityMilli: 2000 });
    const s = sale([line(1), done, line(2)]);
    expect(Object.keys(selectAll(s))).toEqual([line(1).lineId, line(2).lineId]);
    expect(selectedLines(s, { [line(2).lineId]: 1000, [line(1).lineId]: 0 })).toEqual([{ lineId: line(2).lineId, quantityMilli: 1000 }]);
  });

  it('parses quantities in items (and kilograms to the gram), never above what is refundable', () => {
    expect(parseQuantity('1', 2000)).toBe(1000);
    expect(parseQuantity('0.275', 2000)).toBe(275);
    expect(parseQuantity('1,5', 2000)).toBe(1500);
    expect(parseQuantity('3', 2000)).toBeNull();
    expect(parseQuantity('-1', 2000)).toBeNull();
    expect(parseQuantity('1.2345', 2000)).toBeNull();
  });

  it('voids only a completed sale without refunds', () => {
    expect(canVoid(sale([line(1)]))).toBe(true);
    expect(canVoid(sale([line(1)], { status: 'voided' }))).toBe(false);
    expect(canVoid(sale([line(1)], { refunds: [{ refundId: line(9).lineId, kind: 'refund', atMs: 0, totalMinor: 1, receiptNumber: 'R1' }] }))).toBe(false);
  });
});
