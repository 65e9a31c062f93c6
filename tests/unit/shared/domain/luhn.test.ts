import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhnCheckDigit } from '../../../../shared/domain/luhn';
import { fcSeed } from '../../../support/fc-seed';

describe('Luhn', () => {
  it.each(['79927398713', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '00'])(
    '%s is valid',
    (digits) => {
      expect(isLuhnValid(digits)).toBe(true);
    },
  );

  it.each(['4111111111111112', '79927398710', '79927398714', '1234567812345678', '0', '', '4111 1111 1111 1111', '411111111111111a', '４１１１１１１１１１１１１１１１'])(
    '%j is not valid',
    (digits) => {
      expect(isLuhnValid(digits)).toBe(false);
    },
  );

  it.each([
    ['7992739871', 3],
    ['411111111111111', 1],
    ['37828224631000', 5],
    ['0', 0],
  ])('check digit of %s is %i', (payload, digit) => {
    expect(luhnCheckDigit(payload)).toBe(digit);
  });

  it.each(['', '12a', '-1', '1.0'])('refuses payload %j', (payload) => {
    expect(() => luhnCheckDigit(payload)).toThrow(TypeError);
  });

  it('property: payload + check digit is valid, and every single-digit change is caught', () => {
    const seed = fcSeed('luhn single digit');
    const payload = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 24 });
    fc.assert(
      fc.property(payload, fc.nat(), fc.integer({ min: 1, max: 9 }), (p, at, delta) => {
        const full = p + String(luhnCheckDigit(p));
        expect(isLuhnValid(full)).toBe(true);
        const index = at % full.length;
        const changed = (Number(full[index]) + delta) % 10;
        const mutated = full.slice(0, index) + String(changed) + full.slice(index + 1);
        expect(isLuhnValid(mutated)).toBe(false);
      }),
      { seed, numRuns: 2000 },
    );
  });

  it('exhaustive: every single-digit change of 4111111111111111 is caught', () => {
    const pan = '4111111111111111';
    let caught = 0;
    for (let i = 0; i < pan.length; i += 1) {
      for (let d = 0; d <= 9; d += 1) {
        if (String(d) === pan[i]) continue;
        expect(isLuhnValid(pan.slice(0, i) + String(d) + pan.slice(i + 1))).toBe(false);
        caught += 1;
      }
    }
    expect(caught).toBe(16 * 9);
  });
});
