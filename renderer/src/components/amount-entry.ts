import { currencyExponent } from '../../../shared/domain/currency';
import { parseMinor } from '../../../shared/domain/money';

/**
 * What a person types into an amount: the text of a positive decimal ("12.5", "0.05", "300"),
 * kept exactly as typed and turned into integer minor units by shared/domain/money.ts's
 * `parseMinor`, never through a float. The keypad and the keyboard both go through `pressKey`,
 * so a fraction longer than the currency allows, a second point or a leading zero never
 * appears in the field at all.
 */
export type AmountKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '00' | '.' | 'back' | 'clear';

/**
 * Digits of an amount, whole and fraction together: 15 digits stay below 2^53, so every amount
 * the field can hold is a safe integer of minor units (main bounds it further).
 */
export const AMOUNT_DIGITS_MAX = 15;

/** The fraction digits of a currency; 2 for a code the table does not know (main refuses it). */
export function exponentOf(currency: string): number {
  return currencyExponent(currency) ?? 2;
}

/** The entry after one key. Keys that would make the text invalid leave it unchanged. */
export function pressKey(text: string, key: AmountKey, exponent: number): string {
  if (key === 'clear') return '';
  if (key === 'back') return text.slice(0, -1);
  if (key === '00') return pressKey(pressKey(text, '0', exponent), '0', exponent);
  const point = text.indexOf('.');
  if (key === '.') {
    if (exponent === 0 || point !== -1) return text;
    return text === '' ? '0.' : `${text}.`;
  }
  if (point !== -1) {
    return text.length - point - 1 >= exponent ? text : text + key;
  }
  if (text === '0') return key; // "05" is "5"; "0" then "0" stays "0"
  // the whole part leaves room for every fraction digit the currency has
  return text.length >= AMOUNT_DIGITS_MAX - exponent ? text : text + key;
}

/** Full-width digits and point (a Chinese IME) read as ASCII; everything else but digits and "." is dropped. */
function keysOf(raw: string): AmountKey[] {
  const keys: AmountKey[] = [];
  for (const char of raw.normalize('NFKC')) {
    if (char >= '0' && char <= '9') keys.push(char as AmountKey);
    else if (char === '.' || char === '。') keys.push('.');
  }
  return keys;
}

/**
 * A value typed or pasted into the field, replayed key by key from empty, so it obeys the same
 * rules as the keypad ("1,250.505" in EUR becomes "1250.50"; in JPY "1250").
 */
export function entryFromTyped(raw: string, exponent: number): string {
  return keysOf(raw).reduce<string>((text, key) => pressKey(text, key, exponent), '');
}

/** The entry in minor units: null when empty or not a whole amount yet ("" or "."). */
export function entryMinor(text: string, currency: string): number | null {
  const complete = text.endsWith('.') ? text.slice(0, -1) : text;
  if (complete === '') return null;
  const parsed = parseMinor(complete, currency);
  return parsed.ok ? parsed.value : null;
}

/** Minor units back to an entry (to prefill the field): "12.50" for 1250 EUR, "" for null. */
export function entryFromMinor(amountMinor: number | null, currency: string): string {
  if (amountMinor === null) return '';
  const exponent = exponentOf(currency);
  const digits = Math.abs(amountMinor).toString().padStart(exponent + 1, '0');
  return exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
