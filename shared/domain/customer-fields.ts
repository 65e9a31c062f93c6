/**
 * A customer's contact fields, each with one normal form, and the folded text a search matches
 * (docs/ledger.md §11, "Customers, wallets and FX"). Pure: the contract refines its input with
 * these functions, so whatever passes the schema normalises without a second failure.
 *
 * Phone and email are personal data: they are stored and shown to staff, never logged, never put
 * in an event, a record body or an error message.
 */

export const PHONE_CHARS_MAX = 40;
export const PHONE_DIGITS_MIN = 3;
export const PHONE_DIGITS_MAX = 20;
export const EMAIL_CHARS_MAX = 254;
export const NOTE_CHARS_MAX = 500;

// Spaces, hyphens, dots and brackets are how people group a number; a leading + is kept.
const PHONE_TEXT = /^\+?[0-9 ().-]+$/;

/** "+86 138-0013-8000" → "+8613800138000"; undefined when it is not a phone number. */
export function normalisePhone(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > PHONE_CHARS_MAX || !PHONE_TEXT.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits.length < PHONE_DIGITS_MIN || digits.length > PHONE_DIGITS_MAX) return undefined;
  return (trimmed.startsWith('+') ? '+' : '') + digits;
}

// No whitespace, controls or bidirectional overrides anywhere; one @; a dot in the domain.
const EMAIL_TEXT = /^[^\s@\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]+@[^\s@\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]+\.[^\s@.\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]+$/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Trimmed, NFC and lower case (mail systems treat addresses case-insensitively in practice, and
 * one spelling per address keeps search and comparison simple); undefined when it is not one.
 */
export function normaliseEmail(text: string): string | undefined {
  if (LONE_SURROGATE.test(text)) return undefined;
  const email = text.trim().normalize('NFC').toLowerCase();
  if (email.length > EMAIL_CHARS_MAX || !EMAIL_TEXT.test(email)) return undefined;
  return email;
}

// The note is free text, newlines allowed; NUL, other controls and bidi overrides are not.
const FORBIDDEN_IN_NOTE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/u;

export function isCleanNote(text: string): boolean {
  return !FORBIDDEN_IN_NOTE.test(text) && !LONE_SURROGATE.test(text);
}

/**
 * Case- and width-insensitive form: NFKC folds full-width and compatibility forms (`ＡＢＣ` →
 * `ABC`, `㈱` → `(株)`), then upper-then-lower case folds `ß`/`SS` and final sigma too; runs of
 * white space become one space. Han, kana and hangul pass through unchanged, so Chinese names
 * match as typed.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** The first `max` code points (SQLite's length() counts code points), never half a pair. */
function codePoints(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('');
}

// NFKC can expand a character up to 18 times; these caps keep the key under the column's 1,000.
const NAME_KEY_MAX = 600;
const EMAIL_KEY_MAX = 360;
/** Separates the fields in the key; no field or query can hold it (control characters are refused). */
export const SEARCH_KEY_SEPARATOR = '\n';

export type SearchableFields = { readonly displayName: string; readonly phone: string | null; readonly email: string | null };

/** What `customer.search_key` holds: the folded name, the phone's digits, the folded email. */
export function searchKeyOf(c: SearchableFields): string {
  const digits = c.phone === null ? '' : c.phone.replace(/[^0-9]/g, '');
  const email = c.email === null ? '' : codePoints(foldForSearch(c.email), EMAIL_KEY_MAX);
  return [codePoints(foldForSearch(c.displayName), NAME_KEY_MAX), digits, email].join(SEARCH_KEY_SEPARATOR);
}

/**
 * The needles a query looks for: its folded text, and, when it looks like a phone number, its
 * digits alone (so "138 0013" finds "+8613800138000").
 */
export function searchNeedles(query: string): readonly string[] {
  const folded = foldForSearch(query);
  const needles = folded.length > 0 ? [folded] : [];
  if (PHONE_TEXT.test(query.trim())) {
    const digits = query.replace(/[^0-9]/g, '');
    if (digits.length > 0 && digits !== folded) needles.push(digits);
  }
  return needles;
}
