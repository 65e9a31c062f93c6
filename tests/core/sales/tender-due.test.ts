import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTenders, tenderDue, type TenderAmount } from '../../../electron/main/core/sales/tender-split';
import { fcSeed } from '../../support/fc-seed';

const card = (amountMinor: number): TenderAmount => ({ kind: 'card', amountMinor });
const cash = (amountMinor: number): TenderAmount => ({ kind: 'cash', amountMinor });

describe('tenderDue', () => {
  it('before any tender: the total for a card, the cash-rounded total for cash', () => {
    expect(tenderDue(1_234, [], 5)).toEqual({ dueMinor: 1_234, cashDueMinor: 1_235, paid: false });
    expect(tenderDue(3_700, [], 1)).toEqual({ dueMinor: 3_700, cashDueMinor: 3_700, paid: false });
  });

  it('a card part first: the rest is due exactly by card, cash-rounded in cash (CHF 0.05)', () => {
    // 37.02 total, 20.00 on a card: 17.02 by card, 17.00 in cash (rounded to 0.05)
    expect(tenderDue(3_702, [card(2_000)], 5)).toEqual({ dueMinor: 1_702, cashDueMinor: 1_700, paid: false });
    expect(tenderDue(3_702, [card(2_000), cash(1_700)], 5).paid).toBe(true);
    expect(tenderDue(3_702, [card(2_000), cash(1_695)], 5).paid).toBe(false);
  });

  it('cash taken: no second cash is due; what cash handed over does not cover is due by card', () => {
    expect(tenderDue(5_000, [cash(2_000)], 1)).toEqual({ dueMinor: 3_000, cashDueMinor: 0, paid: false });
    expect(tenderDue(5_000, [cash(2_000), card(3_000)], 1).paid).toBe(true);
  });

  it('a card overpaying the total is not paid (non-cash tenders pay exactly); nothing is due', () => {
    expect(tenderDue(1_000, [card(1_200)], 1)).toEqual({ dueMinor: 0, cashDueMinor: 0, paid: false });
  });

  it('property: paid is exactly what splitTenders accepts, and taking what is offered pays the sale', () => {
    const seed = fcSeed('tender due');
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom(1, 5, 10, 100),
      fc.array(fc.integer({ min: 1, max: 3_000_000 }), { maxLength: 3 }),
      (total, increment, cardParts) => {
        const taken = cardParts.map(card);
        const due = tenderDue(total, taken, increment);
        expect(due.paid).toBe(splitTenders(total, taken, increment).ok);
        expect(Number.isSafeInteger(due.dueMinor) && due.dueMinor >= 0).toBe(true);
        // the rest by card, as offered, pays it
        if (due.dueMinor > 0) expect(tenderDue(total, [...taken, card(due.dueMinor)], increment).paid).toBe(true);
        // the rest in cash, as offered, pays it (unless rounding leaves no cash due)
        if (due.cashDueMinor > 0) expect(tenderDue(total, [...taken, cash(due.cashDueMinor)], increment).paid).toBe(true);
      },
    ), { seed, numRuns: 2_000 });
  });
});
