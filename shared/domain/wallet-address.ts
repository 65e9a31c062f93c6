import { checkCharFor, groupSymbols, normaliseCode, randomSymbols, verifyCheckChar } from './check-char';
import type { RandomBytes } from './check-char';

/**
 * A wallet address: 11 random Crockford base32 symbols (55 bits) and a mod-37 check symbol, shown
 * as "XXXX-XXXX-XXXX" and encoded in the wallet's QR code. It is an identifier, not a secret: a
 * till scans or types it to pay from or into a wallet. Uniqueness is the repository's job (a
 * unique column); the check symbol lets a typo be refused before any lookup.
 */
export const WALLET_ADDRESS_DATA_LENGTH = 11;
const ADDRESS_LENGTH = WALLET_ADDRESS_DATA_LENGTH + 1;
// Bounded before normalising so a pasted page of text is refused without work.
const MAX_INPUT_LENGTH = 32;

declare const walletAddressBrand: unique symbol;
/** Canonical form: 12 symbols, no hyphens, upper case, check symbol last. */
export type WalletAddress = string & { readonly [walletAddressBrand]: true };

export type WalletAddressError = { readonly code: 'invalid_wallet_address'; readonly message: string };
export type WalletAddressResult =
  | { readonly ok: true; readonly value: WalletAddress }
  | { readonly ok: false; readonly error: WalletAddressError };

function invalid(message: string): WalletAddressResult {
  return { ok: false, error: { code: 'invalid_wallet_address', message } };
}

export function newWalletAddress(random: RandomBytes): WalletAddress {
  const data = randomSymbols(WALLET_ADDRESS_DATA_LENGTH, random);
  return (data + checkCharFor(data)) as WalletAddress;
}

/**
 * Typed or scanned text → the canonical address. Case, hyphens and the look-alikes I/L/O are
 * forgiven; a wrong length, a foreign symbol or a failing check symbol is `invalid_wallet_address`.
 * The message never repeats the input (it may be anything a scanner produced).
 */
export function parseWalletAddress(text: string): WalletAddressResult {
  if (text.length > MAX_INPUT_LENGTH) return invalid('a wallet address is 12 symbols');
  const normalised = normaliseCode(text.trim());
  if (normalised.length !== ADDRESS_LENGTH) return invalid('a wallet address is 12 symbols');
  const checked = verifyCheckChar(normalised);
  if (!checked.ok) {
    return invalid(
      checked.reason === 'bad_check'
        ? 'the wallet address has a typo (its check symbol does not match)'
        : 'a wallet address uses only the digits 0–9 and the letters A–Z except I, L, O and U',
    );
  }
  return { ok: true, value: normalised as WalletAddress };
}

/** "XXXX-XXXX-XXXX" for screens and printed sheets. */
export function formatWalletAddress(address: WalletAddress): string {
  return groupSymbols(address, 4);
}
