import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_ALPHABET, CROCKFORD_ALPHABET } from '../../../../shared/domain/check-char';
import { formatVoucherCode, newVoucherCode, parseVoucherCode, type VoucherCode } from '../../../../shared/domain/voucher-code';
import { fcSeed } from '../../../support/fc-seed';

function parsed(text: string): VoucherCode {
  const result = parseVoucherCode(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('voucher code', () => {
  it('is 15 random symbols from 10 bytes and a check symbol, printed as four groups of four', () => {
    const asked: number[] = [];
    const code = newVoucherCode((n) => {
      asked.push(n);
      return new Uint8Array(n).fill(0xff);
    });
    expect(asked).toEqual([10]);
    expect(code).toMatch(/^Z{15}.$/);
    expect(formatVoucherCode(code)).toMatch(/^Z{4}-Z{4}-Z{4}-Z{3}.$/);
  });

  it('forgives case, hyphens and I/L/O', () => {
    const code = newVoucherCode((n) => new Uint8Array(n).fill(0x10));
    expect(parsed(formatVoucherCode(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'L'))).toBe(code);
  });

  it('never repeats the typed text in its message', () => {
    const code = newVoucherCode((n) => new Uint8Array(n).fill(0x37));
    const typo = code.slice(0, 3) + (code[3] === 'A' ? 'B' : 'A') + code.slice(4);
    const result = parseVoucherCode(typo);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_voucher_code' } });
    if (!result.ok) expect(result.error.message).not.toContain(typo.slice(0, 8));
  });

  it.each(['', 'ABCD', '0000-0000-0000-00000', 'ABCD-EFGH-JKMN-PQR!', 'y'.repeat(5000)])('refuses %j', (text) => {
    expect(parseVoucherCode(text)).toMatchObject({ ok: false, error: { code: 'invalid_voucher_code' } });
  });

  it('property: every substitution and adjacent transposition of a new code is refused', () => {
    const seed = fcSeed('voucher code');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (random) => {
        const code = newVoucherCode(() => random);
        expect(parsed(formatVoucherCode(code))).toBe(code);
        for (let i = 0; i < code.length; i += 1) {
          const alphabet = i === code.length - 1 ? CHECK_ALPHABET : CROCKFORD_ALPHABET;
          for (const s of alphabet) {
            if (s === code[i]) continue;
            expect(parseVoucherCode(code.slice(0, i) + s + code.slice(i + 1)).ok).toBe(false);
          }
          if (i + 1 < code.length && code[i] !== code[i + 1]) {
            const swapped = code.slice(0, i) + (code[i + 1] as string) + (code[i] as string) + code.slice(i + 2);
            expect(parseVoucherCode(swapped).ok).toBe(false);
          }
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});
