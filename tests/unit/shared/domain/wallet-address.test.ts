import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_ALPHABET, CROCKFORD_ALPHABET } from '../../../../shared/domain/check-char';
import {
  formatWalletAddress, newWalletAddress, parseWalletAddress, type WalletAddress,
} from '../../../../shared/domain/wallet-address';
import { fcSeed } from '../../../support/fc-seed';

const bytes = (fill: number) => (n: number) => new Uint8Array(n).fill(fill);

function parsed(text: string): WalletAddress {
  const result = parseWalletAddress(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('wallet address', () => {
  it('is 11 random symbols and a check symbol, printed in groups of four', () => {
    const address = newWalletAddress(bytes(0));
    expect(address).toBe('000000000000');
    expect(formatWalletAddress(address)).toBe('0000-0000-0000');
    const other = newWalletAddress(bytes(0xff));
    expect(other).toMatch(/^Z{11}.$/);
    expect(parsed(other)).toBe(other);
  });

  it('forgives case, hyphens, surrounding spaces and I/L/O', () => {
    const address = newWalletAddress(bytes(0x5a));
    const typed = ` ${formatWalletAddress(address).toLowerCase().replace(/1/g, 'i').replace(/0/g, 'o')} `;
    expect(parsed(typed)).toBe(address);
  });

  it.each([
    ['', 'a wallet address is 12 symbols'],
    ['0000-0000-000', 'a wallet address is 12 symbols'],
    ['0000-0000-00000', 'a wallet address is 12 symbols'],
    ['0000-0000-0001', 'typo'],
    ['0000-0000-00U0', 'only the digits'],
    ['0000 0000 0000', 'a wallet address is 12 symbols'],
    ['0000-0000-000!', 'only the digits'],
    ['x'.repeat(10_000), 'a wallet address is 12 symbols'],
  ])('refuses %j as invalid_wallet_address', (text, message) => {
    const result = parseWalletAddress(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_wallet_address');
    expect(result.error.message).toContain(message);
  });

  it('property: a new address parses back; every substitution and adjacent transposition is refused', () => {
    const seed = fcSeed('wallet address');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 7, maxLength: 7 }), (random) => {
        const address = newWalletAddress(() => random);
        expect(parsed(formatWalletAddress(address))).toBe(address);
        for (let i = 0; i < address.length; i += 1) {
          const alphabet = i === address.length - 1 ? CHECK_ALPHABET : CROCKFORD_ALPHABET;
          for (const s of alphabet) {
            if (s === address[i]) continue;
            const wrong = address.slice(0, i) + s + address.slice(i + 1);
            expect(parseWalletAddress(wrong)).toMatchObject({ ok: false, error: { code: 'invalid_wallet_address' } });
          }
          if (i + 1 < address.length && address[i] !== address[i + 1]) {
            const swapped = address.slice(0, i) + (address[i + 1] as string) + (address[i] as string) + address.slice(i + 2);
            expect(parseWalletAddress(swapped)).toMatchObject({ ok: false, error: { code: 'invalid_wallet_address' } });
          }
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});
