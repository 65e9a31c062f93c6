import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LabelledSegmented } from '../../components/LabelledSegmented';
import { SecretInput } from '../../components/SecretInput';
import type { FormErrors, SecretForm, SecretKind } from './staff-forms';
import { staffFieldError } from './staff-field-error';

type Props = {
  form: SecretForm;
  errors: FormErrors<SecretForm>;
  update: (patch: Partial<SecretForm>) => void;
};

/** The kind of secret, the new PIN or password and its repetition (add and reset dialogs). */
export function SecretFields({ form, errors, update }: Props) {
  const { t } = useTranslation();
  const pin = form.secretKind === 'pin';
  return (
    <Stack gap="md">
      <LabelledSegmented<SecretKind>
        label={t('staffAdmin:fields.secretKind')}
        value={form.secretKind}
        onChange={(secretKind) => update({ secretKind, secret: '', secretConfirm: '' })}
        data={[
          { value: 'pin', label: t('staffAdmin:fields.kindPin') },
          { value: 'password', label: t('staffAdmin:fields.kindPassword') },
        ]}
      />
      <SecretInput
        label={t(pin ? 'staffAdmin:fields.pin' : 'staffAdmin:fields.password')}
        description={t(pin ? 'staffAdmin:fields.pinHint' : 'staffAdmin:fields.passwordHint')}
        value={form.secret}
        onChange={(event) => update({ secret: event.currentTarget.value })}
        error={staffFieldError(t, errors.secret)}
        inputMode={pin ? 'numeric' : 'text'}
        autoComplete="new-password"
        required
      />
      <SecretInput
        label={t(pin ? 'staffAdmin:fields.pinConfirm' : 'staffAdmin:fields.passwordConfirm')}
        value={form.secretConfirm}
        onChange={(event) => update({ secretConfirm: event.currentTarget.value })}
        error={staffFieldError(t, errors.secretConfirm)}
        inputMode={pin ? 'numeric' : 'text'}
        autoComplete="new-password"
        required
      />
    </Stack>
  );
}
