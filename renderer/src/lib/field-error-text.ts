import type { TFunction } from 'i18next';

import type { FieldError } from './validate';

/** The words for a field check, from `<ns>:validation.<code>`; undefined when the field is fine. */
export function fieldErrorText(
  t: TFunction,
  ns: 'setup' | 'settings',
  error: FieldError | null | undefined,
): string | undefined {
  if (error === null || error === undefined) return undefined;
  return error.code === 'tooLong'
    ? t(`${ns}:validation.tooLong`, { max: error.max })
    : t(`${ns}:validation.${error.code}`);
}
