import { describe, expect, it } from 'vitest';

import { pinAfterKey, pinComplete, pinFromTyped } from '../../renderer/src/components/pin-entry';

describe('pin entry', () => {
  it('takes digits up to the maximum; back and clear', () => {
    let pin = '';
    for (const key of ['1', '2', '3', '4', '5', '6', '7'] as const) pin = pinAfterKey(pin, key, 6);
    expect(pin).toBe('123456');
    expect(pinAfterKey(pin, 'back', 6)).toBe('12345');
    expect(pinAfterKey(pin, 'clear', 6)).toBe('');
  });

  it('keeps only digits of what was typed or pasted, full-width ones too', () => {
    expect(pinFromTyped('12a3-4', 6)).toBe('1234');
    expect(pinFromTyped('１２３４', 6)).toBe('1234');
    expect(pinFromTyped('12345678', 6)).toBe('123456');
  });

  it('is complete between the minimum and the maximum only', () => {
    expect(pinComplete('123', 4, 6)).toBe(false);
    expect(pinComplete('1234', 4, 6)).toBe(true);
    expect(pinComplete('123456', 4, 6)).toBe(true);
    expect(pinComplete('1234567', 4, 6)).toBe(false);
    expect(pinComplete('12a4', 4, 6)).toBe(false);
  });
});
