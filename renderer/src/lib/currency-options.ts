import { CURRENCY_CODES } from '../../../shared/domain/currency';

const cache = new Map<string, readonly { value: string; code: string; name: string }[]>();

/** Every supported ISO 4217 code with its name in the locale (Intl.DisplayNames), code order. */
export function currencyOptions(locale: string): readonly { value: string; code: string; name: string }[] {
  let options = cache.get(locale);
  if (options === undefined) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' });
    } catch {
      names = null;
    }
    options = CURRENCY_CODES.map((code) => ({ value: code, code, name: names?.of(code) ?? code }));
    cache.set(locale, options);
  }
  return options;
}

/** A sensible first-run default from the locale: CNY for zh-CN, else EUR. */
export function defaultCurrency(locale: string): string {
  return locale === 'zh-CN' ? 'CNY' : 'EUR';
}
