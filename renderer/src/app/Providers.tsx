import { MantineProvider } from '@mantine/core';
import { useColorScheme } from '@mantine/hooks';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { displayPrefs, useSettingsStore } from '../stores/settings.store';
import { buildTheme, cssVariablesResolver } from './theme';

type Props = {
  i18n: I18n;
  /** The per-load CSP nonce for the <style> tags Mantine injects; null in dev. */
  styleNonce: string | null;
  children: ReactNode;
};

/** Theme, colour scheme, density and language from settings (before setup: OS and defaults). */
export function Providers({ i18n, styleNonce, children }: Props) {
  const settings = useSettingsStore((state) => state.shown);
  const { theme, density } = displayPrefs(settings);
  const osScheme = useColorScheme('light', { getInitialValueInEffect: false });
  const scheme = theme === 'auto' ? osScheme : theme;
  const [language, setLanguage] = useState(() => i18n.resolvedLanguage ?? i18n.language);
  const mantineTheme = useMemo(() => buildTheme(density, language), [density, language]);
  const locale = settings?.locale;

  useEffect(() => {
    if (locale !== undefined) void i18n.changeLanguage(locale);
  }, [i18n, locale]);

  useEffect(() => {
    document.documentElement.dataset['density'] = density;
  }, [density]);

  useEffect(() => {
    const setLang = (lng: string) => {
      document.documentElement.lang = lng;
      setLanguage(lng);
    };
    setLang(i18n.resolvedLanguage ?? i18n.language);
    i18n.on('languageChanged', setLang);
    return () => i18n.off('languageChanged', setLang);
  }, [i18n]);

  const nonceProps = styleNonce === null ? {} : { getStyleNonce: () => styleNonce };
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={mantineTheme}
        forceColorScheme={scheme}
        cssVariablesResolver={cssVariablesResolver}
        {...nonceProps}
      >
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
}
