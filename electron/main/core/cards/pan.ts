import type { RandomBytes } from '../../../../shared/domain/check-char';
import { isLuhnValid, luhnCheckDigit } from '../../../../shared/domain/luhn';

/**
 * PANs of our own closed-loop card programs: the program's BIN/IIN, random account digits, and a
 * Luhn check digit. The account digits are drawn from an injected random source (main passes
 * node:crypto's randomBytes), never counted up, so holding one card tells nothing about the next.
 *
 * Uniqueness is NOT decided here: the caller checks its keyed PAN index (`generateUniquePan`'s
 * `exists`) and the unique column on that index is the final word inside the issuing transaction.
 */
export type CardProgramPan = {
  /** 6–8 digits. */
  readonly bin: string;
  /** Total PAN length, check digit included: 13–19. */
  readonly panLength: number;
};

export type PanErrorCode = 'invalid_card_program' | 'pan_collision_limit' | 'invalid_pan';
export type PanError = { readonly code: PanErrorCode; readonly message: string };
export type PanResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PanError };

export const PAN_LENGTH_MIN = 13;
export const PAN_LENGTH_MAX = 19;
const BIN_TEXT = /^[0-9]{6,8}$/;
const PAN_TEXT = /^[0-9]{13,19}$/;
/** Retries of `generateUniquePan` before giving up; see there. */
export const PAN_ATTEMPTS_DEFAULT = 16;

function fail<T>(code: PanErrorCode, message: string): PanResult<T> {
  return { ok: false, error: { code, message } };
}

export function checkProgram(program: CardProgramPan): PanResult<CardProgramPan> {
  if (!BIN_TEXT.test(program.bin)) return fail('invalid_card_program', 'a BIN/IIN is 6 to 8 digits');
  if (!Number.isSafeInteger(program.panLength) || program.panLength < PAN_LENGTH_MIN || program.panLength > PAN_LENGTH_MAX) {
    return fail('invalid_card_program', `a PAN is ${PAN_LENGTH_MIN} to ${PAN_LENGTH_MAX} digits long`);
  }
  // At least one random digit: a program whose BIN fills the PAN would issue one card only.
  if (program.panLength - program.bin.length - 1 < 1) {
    return fail('invalid_card_program', 'the PAN length leaves no account digits after the BIN');
  }
  return { ok: true, value: program };
}

/** How many distinct PANs the program can issue: 10^(account digits). */
export function panSpace(program: CardProgramPan): number {
  return 10 ** (program.panLength - program.bin.length - 1);
}

// 250 = 25 × 10: bytes 250–255 are rejected so every digit is equally likely.
const UNBIASED_LIMIT = 250;
/** A working source gives ~98 % usable bytes; this many rounds failing means it is broken. */
const MAX_DRAW_ROUNDS = 64;

function randomDigits(count: number, random: RandomBytes): string {
  let digits = '';
  for (let round = 0; round < MAX_DRAW_ROUNDS && digits.length < count; round += 1) {
    const bytes = random(count - digits.length);
    for (const byte of bytes) {
      if (byte < UNBIASED_LIMIT && digits.length < count) digits += String(byte % 10);
    }
  }
  // A broken random source is a bug in the host, not an outcome for the caller to branch on.
  if (digits.length < count) throw new Error('random source keeps returning unusable bytes');
  return digits;
}

/** One random PAN for the program; may collide with an issued one (see generateUniquePan). */
export function generatePan(program: CardProgramPan, random: RandomBytes): PanResult<string> {
  const checked = checkProgram(program);
  if (!checked.ok) return checked;
  const payload = program.bin + randomDigits(program.panLength - program.bin.length - 1, random);
  return { ok: true, value: payload + String(luhnCheckDigit(payload)) };
}

/**
 * A random PAN that `exists` says is not issued yet. Each draw is independent, so with a program
 * far from full one retry is already rare; `maxAttempts` bounds the loop so a nearly full (or
 * tiny) program ends in `pan_collision_limit` instead of spinning. `exists` is the caller's lookup
 * (by keyed PAN index) and may be async.
 */
export async function generateUniquePan(
  program: CardProgramPan,
  exists: (pan: string) => boolean | Promise<boolean>,
  random: RandomBytes,
  maxAttempts: number = PAN_ATTEMPTS_DEFAULT,
): Promise<PanResult<{ readonly pan: string; readonly attempts: number }>> {
  const checked = checkProgram(program);
  if (!checked.ok) return checked;
  const bound = Math.max(1, Math.trunc(maxAttempts));
  for (let attempt = 1; attempt <= bound; attempt += 1) {
    const generated = generatePan(program, random);
    if (!generated.ok) return generated;
    if (!(await exists(generated.value))) return { ok: true, value: { pan: generated.value, attempts: attempt } };
  }
  return fail('pan_collision_limit', `no unused PAN found in ${bound} attempts; the card program may be nearly full`);
}

/**
 * A typed or scanned PAN: 13–19 ASCII digits with a valid Luhn check digit. Spaces and hyphens
 * (as printed on cards) are dropped first. The message never repeats the input.
 */
export function parsePan(text: string): PanResult<string> {
  if (text.length > 64) return fail('invalid_pan', 'a card number is 13 to 19 digits');
  const digits = text.replace(/[ -]/g, '');
  if (!PAN_TEXT.test(digits)) return fail('invalid_pan', 'a card number is 13 to 19 digits');
  if (!isLuhnValid(digits)) return fail('invalid_pan', 'the card number has a typo (its check digit does not match)');
  return { ok: true, value: digits };
}

/**
 * The PAN as it may appear anywhere but issuance and an audited reveal (PCI DSS 3.4.1): at most
 * the BIN and the last four digits, the rest as '*'. The leading part shown is the program's BIN
 * capped at 6 digits for PANs shorter than 16 and at 8 otherwise (PCI SSC guidance on 8-digit
 * BINs). Pass `binLength: 0` for last four only, as lists and receipts use.
 */
export function maskPan(pan: string, binLength: number): string {
  if (!PAN_TEXT.test(pan)) throw new TypeError('maskPan expects a PAN of 13 to 19 digits');
  const cap = pan.length >= 16 ? 8 : 6;
  const lead = Number.isSafeInteger(binLength) ? Math.max(0, Math.min(binLength, cap)) : 0;
  return pan.slice(0, lead) + '*'.repeat(pan.length - lead - 4) + pan.slice(-4);
}

export function panLast4(pan: string): string {
  if (!PAN_TEXT.test(pan)) throw new TypeError('panLast4 expects a PAN of 13 to 19 digits');
  return pan.slice(-4);
}
