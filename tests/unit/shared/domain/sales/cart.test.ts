import { describe, expect, it } from 'vitest';
import { newId } from '../../../../../shared/domain/ids';
import { AMOUNT_MINOR_MAX } from '../../../../../shared/domain/limits';
import { CART_LINES_MAX, cartInput, discount } from '../../../../../shared/domain/sales/cart';

const lineOf = (more: Record<string, unknown> = {}) => ({ lineId: newId(), productId: newId(), quantityMilli: 1000, ...more });
const cartOf = (more: Record<string, unknown> = {}) => ({ cartId: newId(), currency: 'CNY', lines: [lineOf()], ...more });

describe('cart schemas', () => {
  it('takes a cart with weighed lines, discounts and an override', () => {
    const input = cartOf({
      lines: [lineOf({ quantityMilli: 1234, discount: { kind: 'percent', bp: 500 } }), lineOf({ overrideId: newId() })],
      orderDiscount: { kind: 'amount', amountMinor: 100 },
    });
    expect(cartInput.safeParse(input).success).toBe(true);
  });

  it.each([
    ['a zero quantity', { lines: [lineOf({ quantityMilli: 0 })] }],
    ['a fractional quantity', { lines: [lineOf({ quantityMilli: 1.5 })] }],
    ['a quantity over a million items', { lines: [lineOf({ quantityMilli: 1_000_000_001 })] }],
    ['an unknown currency', { currency: 'XYZ' }],
    ['a price sent by the till', { lines: [lineOf({ unitPriceMinor: 100 })] }],
    ['the same line twice', (() => { const l = lineOf(); return { lines: [l, l] }; })()],
    ['too many lines', { lines: Array.from({ length: CART_LINES_MAX + 1 }, () => lineOf()) }],
    ['a non-v7 id', { cartId: '00000000-0000-4000-8000-000000000000' }],
  ])('refuses %s', (_name, more) => {
    expect(cartInput.safeParse(cartOf(more)).success).toBe(false);
  });

  it('bounds discounts: 1–10000 bp, 1 to the largest amount', () => {
    const ok = (d: unknown) => discount.safeParse(d).success;
    expect([ok({ kind: 'percent', bp: 1 }), ok({ kind: 'percent', bp: 10_000 }), ok({ kind: 'amount', amountMinor: AMOUNT_MINOR_MAX })]).toEqual([true, true, true]);
    expect([ok({ kind: 'percent', bp: 0 }), ok({ kind: 'percent', bp: 10_001 }), ok({ kind: 'amount', amountMinor: 0 }),
      ok({ kind: 'amount', amountMinor: AMOUNT_MINOR_MAX + 1 }), ok({ kind: 'percent', bp: 50, amountMinor: 1 })]).toEqual([false, false, false, false, false]);
  });
});
