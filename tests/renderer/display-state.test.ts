import { describe, expect, it } from 'vitest';

import { applyDisplayEvent, EMPTY_DISPLAY, type DisplayCart } from '../../renderer/src/features/display/display-state';
import { formatQuantity } from '../../renderer/src/features/display/display-format';

const cart = (cartId: string, lines: number): DisplayCart => ({
  cartId, currency: 'CNY', totalMinor: lines * 100, lines: Array.from({ length: lines }, (_, i) => ({ name: `Item ${i}`, quantityMilli: 1000, totalMinor: 100 })),
});
const A = '01900000-0000-7000-8000-00000000000a';
const B = '01900000-0000-7000-8000-00000000000b';

describe('customer display state', () => {
  it('shows the cart as it grows, then the payment with its change until the next sale starts', () => {
    let s = applyDisplayEvent(EMPTY_DISPLAY, { kind: 'cart', payload: cart(A, 1) });
    s = applyDisplayEvent(s, { kind: 'cart', payload: cart(A, 2) });
    expect(s.cart?.lines).toHaveLength(2);
    s = applyDisplayEvent(s, { kind: 'walletQr', payload: { payload: 'pay:123' } });
    expect(s.qr).toBe('pay:123');
    s = applyDisplayEvent(s, { kind: 'paid', payload: { saleId: A, totalMinor: 200, changeMinor: 50, currency: 'CNY' } });
    expect(s.qr).toBeNull();
    expect(s.paid?.changeMinor).toBe(50);
    // The till clears its cart: the change stays on screen.
    s = applyDisplayEvent(s, { kind: 'cart', payload: cart(B, 0) });
    expect(s.paid?.changeMinor).toBe(50);
    // The first item of the next sale clears it.
    s = applyDisplayEvent(s, { kind: 'cart', payload: cart(B, 1) });
    expect(s.paid).toBeNull();
    expect(s.cart?.cartId).toBe(B);
  });

  it('a QR belongs to one cart: another cart takes it away', () => {
    let s = applyDisplayEvent(EMPTY_DISPLAY, { kind: 'cart', payload: cart(A, 1) });
    s = applyDisplayEvent(s, { kind: 'walletQr', payload: { payload: 'pay:1' } });
    expect(applyDisplayEvent(s, { kind: 'cart', payload: cart(A, 2) }).qr).toBe('pay:1');
    expect(applyDisplayEvent(s, { kind: 'cart', payload: cart(B, 1) }).qr).toBeNull();
  });

  it('formats quantities in items and weighed goods to the gram', () => {
    expect(formatQuantity(3000, 'en')).toBe('3');
    expect(formatQuantity(275, 'en')).toBe('0.275');
    expect(formatQuantity(1500, 'zh-CN')).toBe('1.5');
  });
});
