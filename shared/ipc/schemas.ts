import { isCurrencyCode } from '../domain/currency';
import { ROLES, type Role } from '../domain/roles';
import {
  AMOUNT_MINOR_MAX,
  PASSWORD_CHARS_MAX,
  PASSWORD_CHARS_MIN,
  PIN_DIGITS_MAX,
  PIN_DIGITS_MIN,
  STAFF_CODE_CHARS_MAX,
  URL_CHARS_MAX,
} from './limits';
import { z } from './zod';

/** Building blocks for contract entries. Every string and number here has a bound. */
export const uuidV7 = z
  .string()
  .length(36)
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

/** `z.int()` refuses NaN, ±Infinity, fractions and anything beyond 2^53 - 1. */
export const amountMinor = z.int().positive().max(AMOUNT_MINOR_MAX);
/** Where zero is legal; `min(0)` alone lets -0 through. */
export const amountMinorOrZero = z
  .int()
  .min(0)
  .max(AMOUNT_MINOR_MAX)
  .refine((v) => !Object.is(v, -0), 'negative zero');

// A lone surrogate cannot be stored (SQLite turns it into U+FFFD) nor hashed into the journal
// (canonicalBytes refuses it), so free text is refused at the boundary instead of failing later.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isWellFormedText = (v: string): boolean => !LONE_SURROGATE.test(v);
const WELL_FORMED = 'must be well-formed text';

/** Free text with a maximum length: the building block for any string that is not an id or code. */
export const text = (maxChars: number) => z.string().max(maxChars).refine(isWellFormedText, WELL_FORMED);

/** Every name field: one shared schema (shared/domain/name.ts). */
export { nameSchema as name } from '../domain/name';
export const currencyCode = z
  .string()
  .length(3)
  .refine(isCurrencyCode, 'unknown ISO 4217 currency');
export const LOCALES = ['zh-CN', 'en'] as const;
export const locale = z.enum(LOCALES);
export const role = z.enum(ROLES);
export { ROLES, type Role };

export const staffCode = z.string().regex(/^[A-Za-z0-9]+$/).min(2).max(STAFF_CODE_CHARS_MAX);
export const pin = z
  .string()
  .regex(new RegExp(`^[0-9]{${PIN_DIGITS_MIN},${PIN_DIGITS_MAX}}$`), 'PIN must be 4 to 12 digits');
/** Letters and digits, at least 12 characters (PCI DSS 8.3.6). */
export const password = z
  .string()
  .min(PASSWORD_CHARS_MIN)
  .max(PASSWORD_CHARS_MAX)
  .refine((v) => /[A-Za-z]/.test(v) && /[0-9]/.test(v), 'needs letters and digits');
/** Sign-in takes either; which one a staff member has is decided when they are created. */
export const secret = z.string().min(PIN_DIGITS_MIN).max(PASSWORD_CHARS_MAX).refine(isWellFormedText, WELL_FORMED);
export const secretKind = z.enum(['pin', 'password']);
export const httpsUrl = z
  .string()
  .max(URL_CHARS_MAX)
  .refine((v) => {
    try {
      return new URL(v).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https URL');
export const timeMs = z.int().min(0);
export const empty = z.strictObject({});
