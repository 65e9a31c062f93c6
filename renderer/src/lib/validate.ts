import { settings } from '../../../shared/ipc/contract/settings';
import { NAME_CHARS_MAX, URL_CHARS_MAX } from '../../../shared/ipc/limits';
import { currencyCode, httpsUrl, name, password, pin, staffCode } from '../../../shared/ipc/schemas';
import type { z } from '../../../shared/ipc/zod';

/**
 * Field checks with the contract's own schemas (shared/ipc/schemas.ts), so the user hears about a
 * mistake before the call and the rules are written once; main still validates everything.
 * Each returns null or the reason, which a screen turns into words from its `validation` keys.
 */
export type FieldError =
  | { readonly code: 'required' | 'staffCode' | 'pin' | 'password' | 'mismatch' | 'currency' | 'https' | 'idle' }
  | { readonly code: 'tooLong'; readonly max: number };

const passes = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success;

export function checkName(value: string): FieldError | null {
  if (value.trim() === '') return { code: 'required' };
  return passes(name, value) ? null : { code: 'tooLong', max: NAME_CHARS_MAX };
}

export function checkStaffCode(value: string): FieldError | null {
  if (value.trim() === '') return { code: 'required' };
  return passes(staffCode, value.trim()) ? null : { code: 'staffCode' };
}

/** A PIN of 4–12 digits; `minDigits` raises the floor (a manager's or owner's PIN has 6). */
export function checkPin(value: string, minDigits = 0): FieldError | null {
  if (value === '') return { code: 'required' };
  return passes(pin, value) && value.length >= minDigits ? null : { code: 'pin' };
}

export function checkPassword(value: string): FieldError | null {
  if (value === '') return { code: 'required' };
  return passes(password, value) ? null : { code: 'password' };
}

export function checkConfirm(value: string, original: string): FieldError | null {
  if (value === '') return { code: 'required' };
  return value === original ? null : { code: 'mismatch' };
}

export function checkCurrency(value: string): FieldError | null {
  return passes(currencyCode, value) ? null : { code: 'currency' };
}

/** Empty is allowed (no backend); otherwise a parseable https URL. */
export function checkOptionalHttpsUrl(value: string): FieldError | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (trimmed.length > URL_CHARS_MAX) return { code: 'tooLong', max: URL_CHARS_MAX };
  return passes(httpsUrl, trimmed) ? null : { code: 'https' };
}

export function checkIdleMinutes(value: number | string): FieldError | null {
  const n = typeof value === 'number' ? value : Number(value);
  return passes(settings.shape.idleLockMinutes, n) ? null : { code: 'idle' };
}

export function hasErrors(errors: Readonly<Record<string, FieldError | null>>): boolean {
  return Object.values(errors).some((error) => error !== null);
}
