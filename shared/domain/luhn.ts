/**
 * The Luhn (mod 10) check digit of ISO/IEC 7812 card numbers. It catches every single-digit error
 * and most adjacent transpositions (not 09 ↔ 90), which is why a typed or badly scanned PAN can be
 * refused before it is looked up at all.
 */

const DIGITS = /^[0-9]+$/;

/** Sum of the Luhn weights over `digits`, doubling every second digit counted from the right. */
function luhnSum(digits: string, doubleRightmost: boolean): number {
  let sum = 0;
  let double = doubleRightmost;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

/**
 * The check digit (0–9) to append to `payload`. Throws on anything but ASCII digits: callers build
 * payloads from digits they generated, so anything else is a bug, not user input.
 */
export function luhnCheckDigit(payload: string): number {
  if (!DIGITS.test(payload)) throw new TypeError('a Luhn payload is ASCII digits only');
  // The appended digit will sit rightmost, undoubled, so the payload's rightmost digit is doubled.
  return (10 - (luhnSum(payload, true) % 10)) % 10;
}

/** True when `digits` (ASCII digits, at least two) ends in its correct Luhn check digit. */
export function isLuhnValid(digits: string): boolean {
  if (digits.length < 2 || !DIGITS.test(digits)) return false;
  return luhnSum(digits, false) % 10 === 0;
}
