import { isCurrencyCode } from '../../../shared/domain/currency';
import {
  NAME_CHARS_MAX,
  PASSWORD_CHARS_MAX,
  PASSWORD_CHARS_MIN,
  PIN_DIGITS_MAX,
  PIN_DIGITS_MIN,
  STAFF_CODE_CHARS_MAX,
  URL_CHARS_MAX,
} from '../../../shared/ipc/limits';

/**
 * Field checks that mirror the contract's schemas (shared/ipc/schemas.ts) so the user hears
 * about a mistake before the call; main still validates everything. Each returns null or the
 * reason, which a screen turns into words from its `validation` keys.
 */
export type FieldError =
  | { readonly code: 'required' | 'staffCode' | 'pin' | 'password' | 'mismatch' | 'currency' | 'https' | 'idle' }
  | { readonly code: 'tooLong'; readonly max: number };

export function checkName(value: string): FieldError | null {
  const trimmed = value.trim();
  if (trimmed === '') return { code: 'required' };
  if (trimmed.length > NAME_CHARS_MAX) return { code: 'tooLong', max: NAME_CHARS_MAX };
  return null;
}

export function checkStaffCode(value: string): FieldError | null {
  if (value.trim() === '') return { code: 'required' };
  const pattern = new RegExp(`^[A-Za-z0-9]{2,${STAFF_CODE_CHARS_MAX}}$`);
  return pattern.test(value.trim()) ? null : { code: 'staffCode' };
}

export function checkPin(value: string): FieldError | null {
  if (value === '') return { code: 'required' };
  const pattern = new RegExp(`^[0-9]{${PIN_DIGITS_MIN},${PIN_DIGITS_MAX}}$`);
  return pattern.test(value) ? null : { code: 'pin' };
}

export function checkPassword(value: string): FieldError | null {
  if (value === '') return { code: 'required' };
  const okLength = value.length >= PASSWORD_CHARS_MIN && value.length <= PASSWORD_CHARS_MAX;
  return okLength && /[A-Za-z]/.test(value) && /[0-9]/.test(value) ? null : { code: 'password' };
}

export function checkConfirm(value: string, original: string): FieldError | null {
  if (value === '') return { code: 'required' };
  return value === original ? null : { code: 'mismatch' };
}

export function checkCurrency(value: string): FieldError | null {
  return isCurrencyCode(value) ? null : { code: 'currency' };
}

/** Empty is allowed (no backend); otherwise a parseable https URL. */
export function checkOptionalHttpsUrl(value: string): FieldError | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (trimmed.length > URL_CHARS_MAX) return { code: 'tooLong', max: URL_CHARS_MAX };
  try {
    return new URL(trimmed).protocol === 'https:' ? null : { code: 'https' };
  } catch {
    return { code: 'https' };
  }
}

export function checkIdleMinutes(value: number | string): FieldError | null {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 15 ? null : { code: 'idle' };
}

export function hasErrors(errors: Readonly<Record<string, FieldError | null>>): boolean {
  return Object.values(errors).some((error) => error !== null);
}
