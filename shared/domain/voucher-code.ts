import { checkCharFor, groupSymbols, normaliseCode, randomSymbols, verifyCheckChar } from './check-char';
import type { RandomBytes } from './check-char';

/**
 * A top-up voucher code: 15 random Crockford base32 symbols (75 bits) and a mod-37 check symbol,
 * printed as "XXXX-XXXX-XXXX-XXXX". Unlike a wallet address it is a bearer secret: it is shown or
 * printed once and stored only as a keyed hash. 75 bits keeps guessing hopeless even for a large
 * batch of outstanding vouchers; the check symbol refuses a typo before it costs a hash lookup or
 * counts as a failed redemption.
 */
export const VOUCHER_CODE_DATA_LENGTH = 15;
const CODE_LENGTH = VOUCHER_CODE_DATA_LENGTH + 1;
const MAX_INPUT_LENGTH = 40;

declare const voucherCodeBrand: unique symbol;
/** Canonical form: 16 symbols, no hyphens, upper case, check symbol last. */
export type VoucherCode = string & { readonly [voucherCodeBrand]: true };

export type VoucherCodeError = { readonly code: 'invalid_voucher_code'; readonly message: string };
export type VoucherCodeResult =
  | { readonly ok: true; readonly value: VoucherCode }
  | { readonly ok: false; readonly error: VoucherCodeError };

function invalid(message: string): VoucherCodeResult {
  return { ok: false, error: { code: 'invalid_voucher_code', message } };
}

export function newVoucherCode(random: RandomBytes): VoucherCode {
  const data = randomSymbols(VOUCHER_CODE_DATA_LENGTH, random);
  return (data + checkCharFor(data)) as VoucherCode;
}

/**
 * Typed text → the canonical code (case, hyphens and I/L/O forgiven). The message never repeats
 * the input: a near-miss of a real code is still most of a secret.
 */
export function parseVoucherCode(text: string): VoucherCodeResult {
  if (text.length > MAX_INPUT_LENGTH) return invalid('a voucher code is 16 symbols');
  const normalised = normaliseCode(text.trim());
  if (normalised.length !== CODE_LENGTH) return invalid('a voucher code is 16 symbols');
  const checked = verifyCheckChar(normalised);
  if (!checked.ok) {
    return invalid(
      checked.reason === 'bad_check'
        ? 'the voucher code has a typo (its check symbol does not match)'
        : 'a voucher code uses only the digits 0–9 and the letters A–Z except I, L, O and U',
    );
  }
  return { ok: true, value: normalised as VoucherCode };
}

/** "XXXX-XXXX-XXXX-XXXX" for the printed sheet and the CSV. */
export function formatVoucherCode(code: VoucherCode): string {
  return groupSymbols(code, 4);
}
