import { z } from './zod';

/** The longest name anywhere (staff, merchant, terminal, printer); shared/ipc/limits.ts repeats it. */
export const NAME_CHARS_MAX = 120;

/**
 * Characters a name may not hold: C0 and C1 controls and DEL (a NUL truncates a name in C
 * libraries and logs; a newline forges log and receipt lines), the line and paragraph separators,
 * and the bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), which make a
 * name read differently from what it is ("Trojan Source", CVE-2021-42574).
 */
const FORBIDDEN_IN_NAME = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const NAME_FORBIDDEN_MESSAGE = 'must not contain control or bidirectional-override characters';

/** True when `value` holds no character a name may not hold (see FORBIDDEN_IN_NAME). */
export function isCleanName(value: string): boolean {
  return !FORBIDDEN_IN_NAME.test(value);
}

/**
 * Every name field of the contract: trimmed, NFC-normalised (so "é" typed as e + U+0301 and as
 * U+00E9 is one name, and what is stored is what is compared), 1–120 characters after both, well
 * formed UTF-16, and none of the characters above. The checks run on the normalised value.
 */
export const nameSchema = z
  .string()
  .trim()
  .normalize('NFC')
  .min(1)
  .max(NAME_CHARS_MAX)
  .refine((v) => !LONE_SURROGATE.test(v), 'must be well-formed text')
  .refine(isCleanName, NAME_FORBIDDEN_MESSAGE);
