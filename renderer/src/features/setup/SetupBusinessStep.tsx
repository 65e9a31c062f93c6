import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { CurrencySelect } from '../../components/CurrencySelect';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { fieldErrorText } from '../../lib/field-error-text';
import type { SetupStepProps } from './setup-form';

/** Step 1: the shop, this terminal, its currency, language and tax profile. */
export function SetupBusinessStep({ form, errors, update }: SetupStepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput
        label={t('setup:fields.merchantName')}
        description={t('setup:fields.merchantNameHint')}
        value={form.merchantName}
        onChange={(event) => update({ merchantName: event.currentTarget.value })}
        error={fieldErrorText(t, 'setup', errors.merchantName)}
        autoComplete="organization"
        required
        autoFocus
      />
      <TextInput
        label={t('setup:fields.terminalName')}
        description={t('setup:fields.terminalNameHint')}
        value={form.terminalName}
        onChange={(event) => update({ terminalName: event.currentTarget.value })}
        error={fieldErrorText(t, 'setup', errors.terminalName)}
        autoComplete="off"
        required
      />
      <CurrencySelect
        label={t('setup:fields.currency')}
        value={form.currency}
        onChange={(currency) => update({ currency })}
        error={fieldErrorText(t, 'setup', errors.currency)}
      />
      <LanguageSwitch label={t('setup:fields.locale')} />
      <NativeSelect
        label={t('setup:fields.taxProfile')}
        value="none"
        onChange={() => undefined}
        data={[{ value: 'none', label: t('setup:fields.taxNone') }]}
      />
    </Stack>
  );
}
