import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { currentLocale, isLocale, LOCALES } from '../lib/i18n';
import type { Locale } from '../lib/i18n';

/** The languages as select options; labels are endonyms, the same in every language. */
export function useLocaleOptions(): { value: Locale; label: string }[] {
  const { t } = useTranslation();
  return LOCALES.map((locale) => ({ value: locale, label: t(`common:languages.${locale}`) }));
}

/**
 * Switches the language of this screen now (not saved; the terminal default is the
 * "Default language" setting). Without a `label` it is the compact switch of a frame's header;
 * with one, a form field (Setup's first step).
 */
export function LanguageSwitch({ label }: { label?: string }) {
  const { t, i18n } = useTranslation();
  const options = useLocaleOptions();
  return (
    <NativeSelect
      label={label}
      aria-label={label === undefined ? t('common:topBar.language') : undefined}
      data-testid={label === undefined ? 'language-switch' : undefined}
      value={currentLocale(i18n)}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLocale(next)) void i18n.changeLanguage(next);
      }}
      data={options}
    />
  );
}
