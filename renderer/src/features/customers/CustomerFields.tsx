import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { customerFieldError } from './customer-field-error';
import type { CustomerErrors, CustomerForm } from './customer-forms';

type Props = { form: CustomerForm; errors: CustomerErrors; update: (patch: Partial<CustomerForm>) => void };

/** Name, phone, email and note: the new-customer and the edit dialogs share them. */
export function CustomerFields({ form, errors, update }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('customers:fields.name')}
        value={form.displayName}
        onChange={(event) => update({ displayName: event.currentTarget.value })}
        error={customerFieldError(t, errors.displayName)}
        autoComplete="off"
        data-autofocus
        required
      />
      <TextInput
        label={t('customers:fields.phone')}
        description={t('customers:fields.phoneHint')}
        value={form.phone}
        onChange={(event) => update({ phone: event.currentTarget.value })}
        error={customerFieldError(t, errors.phone)}
        inputMode="tel"
        autoComplete="off"
      />
      <TextInput
        label={t('customers:fields.email')}
        value={form.email}
        onChange={(event) => update({ email: event.currentTarget.value })}
        error={customerFieldError(t, errors.email)}
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
      />
      <Textarea
        label={t('customers:fields.note')}
        value={form.note}
        onChange={(event) => update({ note: event.currentTarget.value })}
        error={customerFieldError(t, errors.note)}
        autosize
        minRows={2}
      />
    </>
  );
}
