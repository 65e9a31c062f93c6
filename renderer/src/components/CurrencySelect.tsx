import { NativeSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { currencyOptions } from '../lib/currency-options';
import { currentLocale } from '../lib/i18n';

type Props = {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  disabled?: boolean;
};

/** A native select of every supported ISO 4217 currency, named in the current language. */
export function CurrencySelect({ label, value, onChange, error, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const data = useMemo(
    () =>
      currencyOptions(locale).map((option) => ({
        value: option.value,
        label:
          option.name === option.code
            ? option.code
            : t('setup:fields.currencyOption', { code: option.code, name: option.name }),
      })),
    [locale, t],
  );
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={data}
      error={error}
      disabled={disabled ?? false}
    />
  );
}
