import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECK_ALPHABET, checkCharFor, CROCKFORD_ALPHABET, encodeBase32, groupSymbols, normaliseCode, randomSymbols, verifyCheckChar,
} from '../../../../shared/domain/check-char';
import { fcSeed } from '../../../support/fc-seed';

const symbol = fc.constantFrom(...CROCKFORD_ALPHABET);
const data = fc.string({ unit: symbol, minLength: 1, maxLength: 24 });

function substitutions(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 1) {
    // The check position takes the check alphabet, every other position the data alphabet.
    const alphabet = i === code.length - 1 ? CHECK_ALPHABET : CROCKFORD_ALPHABET;
    for (const s of alphabet) if (s !== code[i]) out.push(code.slice(0, i) + s + code.slice(i + 1));
  }
  return out;
}

function transpositions(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < code.length; i += 1) {
    if (code[i] === code[i + 1]) continue;
    out.push(code.slice(0, i) + (code[i + 1] as string) + (code[i] as string) + code.slice(i + 2));
  }
  return out;
}

describe('Crockford base32', () => {
  it('has 32 data symbols without I, L, O, U and 37 check symbols', () => {
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(new Set(CROCKFORD_ALPHABET).size).toBe(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
    expect(CHECK_ALPHABET).toHaveLength(37);
    expect(new Set(CHECK_ALPHABET).size).toBe(37);
  });

  it.each([
    [[], ''],
    [[0], '00'],
    [[0xff], 'ZW'],
    [[0xff, 0xff, 0xff, 0xff, 0xff], 'ZZZZZZZZ'],
    [[0x00, 0x44, 0x32, 0x14, 0xc7], '0123456'.concat('7')],
    [[0x66, 0x6f, 0x6f], 'CSQPY'],
  ])('encodes %j as %s', (bytes, text) => {
    expect(encodeBase32(new Uint8Array(bytes))).toBe(text);
  });

  it.each([
    ['abc-def', 'ABCDEF'],
    ['iIlL', '1111'],
    ['oO0', '000'],
    ['--a--', 'A'],
    ['u', 'U'],
  ])('normalises %j to %j', (text, expected) => {
    expect(normaliseCode(text)).toBe(expected);
  });

  it('mod-37 check of known values (the symbol with value n mod 37)', () => {
    expect(checkCharFor('0')).toBe('0');
    expect(checkCharFor('Z')).toBe('Z'); // 31
    expect(checkCharFor('10')).toBe('*'); // 32
    expect(checkCharFor('14')).toBe('U'); // 36
    expect(checkCharFor('15')).toBe('0'); // 37
    expect(() => checkCharFor('')).toThrow(TypeError);
    expect(() => checkCharFor('AI')).toThrow(TypeError);
  });

  it('verifyCheckChar names a foreign symbol and a wrong check', () => {
    expect(verifyCheckChar('14U')).toEqual({ ok: true, data: '14' });
    expect(verifyCheckChar('14Z')).toEqual({ ok: false, reason: 'bad_check' });
    expect(verifyCheckChar('1U4U')).toEqual({ ok: false, reason: 'bad_symbol' });
    expect(verifyCheckChar('U')).toEqual({ ok: false, reason: 'bad_symbol' });
    expect(verifyCheckChar('')).toEqual({ ok: false, reason: 'bad_symbol' });
    expect(verifyCheckChar('1 2')).toEqual({ ok: false, reason: 'bad_symbol' });
  });

  it('groups symbols for printing', () => {
    expect(groupSymbols('ABCDEFGHJK', 4)).toBe('ABCD-EFGH-JK');
    expect(groupSymbols('ABCD', 4)).toBe('ABCD');
  });

  it('randomSymbols takes ⌈5n/8⌉ bytes and refuses a short source', () => {
    const asked: number[] = [];
    const source = (n: number) => {
      asked.push(n);
      return new Uint8Array(n).fill(0xff);
    };
    expect(randomSymbols(11, source)).toBe('ZZZZZZZZZZZ');
    expect(asked).toEqual([7]);
    expect(() => randomSymbols(11, () => new Uint8Array(6))).toThrow(RangeError);
  });

  it('property: every single-symbol substitution and every adjacent transposition is caught', () => {
    const seed = fcSeed('check char substitution/transposition');
    fc.assert(
      fc.property(data, (d) => {
        const code = d + checkCharFor(d);
        expect(verifyCheckChar(code)).toEqual({ ok: true, data: d });
        for (const wrong of [...substitutions(code), ...transpositions(code)]) {
          expect(verifyCheckChar(wrong).ok).toBe(false);
        }
      }),
      { seed, numRuns: 300 },
    );
  });

  it('property: a code survives lower case, hyphens and look-alikes', () => {
    const seed = fcSeed('check char normalise');
    fc.assert(
      fc.property(data, fc.boolean(), (d, hyphens) => {
        const code = d + checkCharFor(d);
        const typed = (hyphens ? groupSymbols(code, 3) : code).toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o');
        expect(normaliseCode(typed)).toBe(code);
      }),
      { seed, numRuns: 1000 },
    );
  });
});
