import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { Settings } from '../../../shared/ipc/contract/settings';
import { catalogue as en } from '../locales/en';
import { catalogue as zhCN } from '../locales/zh-CN';

export type Locale = Settings['locale'];
export const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];
export const FALLBACK_LOCALE: Locale = 'en';

export const resources = { en, 'zh-CN': zhCN } as const satisfies Record<Locale, unknown>;
export const NAMESPACES = Object.keys(en) as (keyof typeof en)[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The closest supported locale for a browser language tag ('zh-Hans-CN' → 'zh-CN'). */
export function matchLocale(tag: string | undefined): Locale {
  if (tag === undefined) return FALLBACK_LOCALE;
  if (isLocale(tag)) return tag;
  return tag.toLowerCase().startsWith('zh') ? 'zh-CN' : FALLBACK_LOCALE;
}

/** A ready instance (resources are bundled, so init completes synchronously). */
export function createI18n(lng: Locale): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources,
    lng,
    fallbackLng: FALLBACK_LOCALE,
    supportedLngs: [...LOCALES],
    ns: NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return instance;
}

/** The current language as one of ours (i18next may report a fallback chain entry). */
export function currentLocale(instance: I18n): Locale {
  return matchLocale(instance.resolvedLanguage ?? instance.language);
}
