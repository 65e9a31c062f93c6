/**
 * Crockford base32 (https://www.crockford.com/base32.html) and its mod-37 check character: the
 * alphabet for every code a person reads aloud, types or copies from paper (wallet addresses,
 * voucher codes). It leaves out I, L, O and U; when reading, I and L mean 1 and O means 0, case
 * does not matter and hyphens are only for grouping.
 *
 * Why mod 37 catches what it promises: a code of n symbols is the number Σ dᵢ·32^i. Changing one
 * symbol by δ (0 < |δ| < 32) changes it by δ·32^i, and swapping two different adjacent symbols a, b
 * changes it by (a − b)·31·32^i; 37 is prime and divides none of δ, a − b, 31 or 32, so the value
 * mod 37 always changes. The check symbol itself takes 37 values (the 32 above plus * ~ $ = U), so
 * a change to it, or a swap of it with the last data symbol, is caught as well.
 */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Values 32–36 exist only as check symbols. */
export const CHECK_ALPHABET = `${CROCKFORD_ALPHABET}*~$=U`;

const DATA_SYMBOL = /^[0-9A-HJKMNP-TV-Z]+$/;

/** Upper case, I/L → 1, O → 0, hyphens dropped. Anything else is left as it is for the caller to refuse. */
export function normaliseCode(text: string): string {
  return text.toUpperCase().replace(/-/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** True when `text` is non-empty and made only of canonical data symbols (already normalised). */
export function isCanonicalData(text: string): boolean {
  return DATA_SYMBOL.test(text);
}

/**
 * Bytes as Crockford base32, most significant bit first, 5 bits per symbol; the last symbol is
 * padded with zero bits. Every symbol fully inside the input is uniform when the bytes are random.
 */
export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD_ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += CROCKFORD_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The check symbol for canonical data symbols. Throws on anything else (a bug: callers validate first). */
export function checkCharFor(data: string): string {
  if (!isCanonicalData(data)) throw new TypeError('check character input must be canonical base32');
  let mod = 0;
  for (const symbol of data) mod = (mod * 32 + CROCKFORD_ALPHABET.indexOf(symbol)) % 37;
  return CHECK_ALPHABET[mod] as string;
}

export type CheckedCode =
  | { readonly ok: true; readonly data: string }
  | { readonly ok: false; readonly reason: 'bad_symbol' | 'bad_check' };

/**
 * Splits normalised text into data and check symbol and verifies the check. `bad_symbol` when the
 * data part is empty or holds a symbol outside the alphabet; `bad_check` when the check is wrong.
 */
export function verifyCheckChar(normalised: string): CheckedCode {
  const data = normalised.slice(0, -1);
  const check = normalised.slice(-1);
  if (check.length !== 1 || !isCanonicalData(data) || !CHECK_ALPHABET.includes(check)) {
    return { ok: false, reason: 'bad_symbol' };
  }
  return checkCharFor(data) === check ? { ok: true, data } : { ok: false, reason: 'bad_check' };
}

/** Hyphen-separated groups of `size` symbols for printing ("ABCD-EFGH-JK"). */
export function groupSymbols(text: string, size: number): string {
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += size) groups.push(text.slice(i, i + size));
  return groups.join('-');
}

/** A source of random bytes, injected so the pure code stays testable (main passes node:crypto's). */
export type RandomBytes = (length: number) => Uint8Array;

/** `count` uniformly random data symbols: 5 random bits each, taken from ⌈5·count/8⌉ bytes. */
export function randomSymbols(count: number, random: RandomBytes): string {
  const byteCount = Math.ceil((count * 5) / 8);
  const bytes = random(byteCount);
  if (bytes.length !== byteCount) throw new RangeError('random source returned the wrong number of bytes');
  return encodeBase32(bytes).slice(0, count);
}
