import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LabelledSegmented } from '../../components/LabelledSegmented';
import { SecretInput } from '../../components/SecretInput';
import { fieldErrorText } from '../../lib/field-error-text';
import type { SecretKind, SetupStepProps } from './setup-form';

/** Step 2: the owner, the first staff account. */
export function SetupOwnerStep({ form, errors, update }: SetupStepProps) {
  const { t } = useTranslation();
  const pin = form.secretKind === 'pin';
  return (
    <Stack gap="md">
      <TextInput
        label={t('setup:fields.ownerName')}
        value={form.ownerName}
        onChange={(event) => update({ ownerName: event.currentTarget.value })}
        error={fieldErrorText(t, 'setup', errors.ownerName)}
        autoComplete="name"
        required
      />
      <TextInput
        label={t('setup:fields.staffCode')}
        description={t('setup:fields.staffCodeHint')}
        value={form.staffCode}
        onChange={(event) => update({ staffCode: event.currentTarget.value })}
        error={fieldErrorText(t, 'setup', errors.staffCode)}
        autoComplete="username"
        spellCheck={false}
        required
      />
      <LabelledSegmented<SecretKind>
        label={t('setup:fields.secretKind')}
        value={form.secretKind}
        onChange={(secretKind) => update({ secretKind, secret: '', secretConfirm: '' })}
        data={[
          { value: 'pin', label: t('setup:fields.kindPin') },
          { value: 'password', label: t('setup:fields.kindPassword') },
        ]}
      />
      <SecretInput
        label={t(pin ? 'setup:fields.pin' : 'setup:fields.password')}
        description={t(pin ? 'setup:fields.pinHint' : 'setup:fields.passwordHint')}
        value={form.secret}
        onChange={(event) => update({ secret: event.currentTarget.value })}
        error={fieldErrorText(t, 'setup', errors.secret)}
        inputMode={pin ? 'numeric' : 'text'}
        autoComplete="new-password"
        required
      />
      <SecretInput
        label={t(pin ? 'setup:fields.pinConfirm' : 'setup:fields.passwordConfirm')}
        value={form.secretConfirm}
        onChange={(event) => update({ secretConfirm: event.currentTarget.value })}
        error={fieldErrorText(t, 'setup', errors.secretConfirm)}
        inputMode={pin ? 'numeric' : 'text'}
        autoComplete="new-password"
        required
      />
    </Stack>
  );
}
