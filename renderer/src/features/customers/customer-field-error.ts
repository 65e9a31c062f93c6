import type { TFunction } from 'i18next';

import type { CustomerFieldError } from './customer-forms';

/** The words for a field check from `customers:validation.<code>`; undefined when the field is fine. */
export function customerFieldError(t: TFunction, error: CustomerFieldError | null | undefined): string | undefined {
  if (error === null || error === undefined) return undefined;
  return error.code === 'tooLong' ? t('customers:validation.tooLong', { max: error.max }) : t(`customers:validation.${error.code}`);
}
