import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { currentLocale, isLocale, LOCALES } from '../lib/i18n';

/**
 * Switches the language of this screen now (not saved; the terminal default is the
 * "Default language" setting). Options are endonyms, the same in every language.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('common:topBar.language')}
      data-testid="language-switch"
      value={currentLocale(i18n)}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLocale(next)) void i18n.changeLanguage(next);
      }}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`common:languages.${locale}`) }))}
    />
  );
}
