import type { TFunction } from 'i18next';

import type { FieldError } from '../../lib/validate';

/** The words for a field check from `staffAdmin:validation.<code>`; undefined when the field is fine. */
export function staffFieldError(t: TFunction, error: FieldError | null | undefined): string | undefined {
  if (error === null || error === undefined) return undefined;
  return error.code === 'tooLong' ? t('staffAdmin:validation.tooLong', { max: error.max }) : t(`staffAdmin:validation.${error.code}`);
}
