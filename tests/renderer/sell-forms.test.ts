// The Sell screen's form readers: discount requests from what was typed (never through a float)
// and quantities and rates shown exactly.
import { describe, expect, it } from 'vitest';

import { discountFormOf, discountOf } from '../../renderer/src/features/sell/DiscountFields';
import { quantityText, rateText } from '../../renderer/src/features/sell/sell-format';

describe('discount form', () => {
  it('reads percentages with up to two decimals as basis points', () => {
    expect(discountOf({ kind: 'percent', percent: '12.5', amount: '' }, 'CNY')).toEqual({ kind: 'percent', bp: 1250 });
    expect(discountOf({ kind: 'percent', percent: '100', amount: '' }, 'CNY')).toEqual({ kind: 'percent', bp: 10_000 });
    expect(discountOf({ kind: 'percent', percent: '0.01', amount: '' }, 'CNY')).toEqual({ kind: 'percent', bp: 1 });
    for (const bad of ['', '0', '100.01', '12.345', '-5', 'abc']) {
      expect(discountOf({ kind: 'percent', percent: bad, amount: '' }, 'CNY'), bad).toBe('invalid');
    }
  });

  it('reads amounts in minor units of the currency; none is null', () => {
    expect(discountOf({ kind: 'amount', percent: '', amount: '3.50' }, 'CNY')).toEqual({ kind: 'amount', amountMinor: 350 });
    expect(discountOf({ kind: 'amount', percent: '', amount: '350' }, 'JPY')).toEqual({ kind: 'amount', amountMinor: 350 });
    expect(discountOf({ kind: 'amount', percent: '', amount: '' }, 'CNY')).toBe('invalid');
    expect(discountOf({ kind: 'none', percent: '5', amount: '1' }, 'CNY')).toBeNull();
  });

  it('shows a cart discount back as it was requested', () => {
    expect(discountFormOf({ kind: 'percent', bp: 1250 }, 'CNY')).toEqual({ kind: 'percent', percent: '12.5', amount: '' });
    expect(discountFormOf({ kind: 'amount', amountMinor: 350 }, 'CNY')).toEqual({ kind: 'amount', percent: '', amount: '3.50' });
    expect(discountFormOf(undefined, 'CNY').kind).toBe('none');
  });
});

describe('sell formats', () => {
  it('quantities and rates exactly, trailing zeros dropped', () => {
    expect(quantityText(1000)).toBe('1');
    expect(quantityText(2500)).toBe('2.5');
    expect(quantityText(10)).toBe('0.01');
    expect(quantityText(120_000)).toBe('120');
    expect(rateText(1300)).toBe('13%');
    expect(rateText(550)).toBe('5.5%');
    expect(rateText(0)).toBe('0%');
  });
});
