import { describe, expect, it } from 'vitest';
import { canonicalBytes } from '../../../../shared/domain/canonical';
import type { CanonicalField } from '../../../../shared/domain/canonical';

const hex = (fields: readonly CanonicalField[]): string =>
  Array.from(canonicalBytes(fields), (b) => b.toString(16).padStart(2, '0')).join('');

describe('canonicalBytes', () => {
  it('keeps field boundaries: ["ab","c"] ≠ ["a","bc"]', () => {
    expect(hex(['ab', 'c'])).not.toBe(hex(['a', 'bc']));
    expect(hex(['abc'])).not.toBe(hex(['ab', 'c']));
    expect(hex(['', 'a'])).not.toBe(hex(['a', '']));
  });

  it('keeps types apart', () => {
    const variants: CanonicalField[][] = [
      [12],
      ['12'],
      [new TextEncoder().encode('12')],
      [null],
      [''],
      [new Uint8Array(0)],
      [],
      [null, null],
    ];
    const encoded = variants.map(hex);
    expect(new Set(encoded).size).toBe(variants.length);
  });

  it('has a fixed layout: tag, 4-byte big-endian length, payload', () => {
    expect(hex(['ab', -5, null, Uint8Array.of(0xff)])).toBe(
      '01' + '00000002' + '6162' + '02' + '00000002' + '2d35' + '00' + '03' + '00000001' + 'ff',
    );
    expect(hex(['é'])).toBe('01' + '00000002' + 'c3a9');
    expect(hex([Number.MAX_SAFE_INTEGER])).toBe(
      '02' + '00000010' + Array.from('9007199254740991', (c) => c.charCodeAt(0).toString(16)).join(''),
    );
  });

  it('is deterministic and encodes -0 as 0', () => {
    expect(hex(['x', 1, null])).toBe(hex(['x', 1, null]));
    expect(hex([-0])).toBe(hex([0]));
  });

  it('does not alias the input bytes', () => {
    const input = Uint8Array.of(1, 2, 3);
    const out = canonicalBytes([input]);
    input[0] = 9;
    expect(out[5]).toBe(1);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'throws on non-safe integer %d',
    (n) => {
      expect(() => canonicalBytes([n])).toThrow(RangeError);
    },
  );

  it('throws on lone surrogates, which UTF-8 would collapse into U+FFFD', () => {
    expect(() => canonicalBytes(['\uD800'])).toThrow(RangeError);
    expect(() => canonicalBytes(['a\uDC00'])).toThrow(RangeError);
    expect(hex(['\uD83D\uDE00'])).toBe('01' + '00000004' + 'f09f9880');
  });
});
