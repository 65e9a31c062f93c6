/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';

import { ERROR_CODES } from '../../shared/domain/errors';
import { createI18n, LOCALES, matchLocale, NAMESPACES, resources } from '../../renderer/src/lib/i18n';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  it('have the same namespaces in every locale', () => {
    for (const locale of LOCALES) expect(Object.keys(resources[locale]).sort()).toEqual([...NAMESPACES].sort());
  });

  for (const ns of NAMESPACES) {
    it(`"${ns}" has the same keys, non-empty, with the same {{variables}} in zh-CN and en`, () => {
      const en = leaves(resources.en[ns] as Tree);
      const zh = leaves(resources['zh-CN'][ns] as Tree);
      expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(text.trim(), `en ${ns}:${key}`).not.toBe('');
        expect(zh.get(key)?.trim(), `zh-CN ${ns}:${key}`).not.toBe('');
        expect(variables(zh.get(key) ?? ''), `${ns}:${key}`).toEqual(variables(text));
      }
    });
  }

  it('translates every ErrorCode (and the client-only unreachable) in both languages', () => {
    for (const locale of LOCALES) {
      const errors = resources[locale].errors as Tree;
      for (const code of [...ERROR_CODES, 'unreachable']) {
        expect(typeof errors[code], `${locale} errors:${code}`).toBe('string');
      }
      expect(Object.keys(errors).sort()).toEqual([...ERROR_CODES, 'unreachable'].sort());
    }
  });

  it('zh-CN is translated: no English sentence copied over', () => {
    // names that are the same in both languages on purpose
    const same = new Set(['common:appName', 'common:languages.en', 'common:languages.zh-CN']);
    const untranslated: string[] = [];
    for (const ns of NAMESPACES) {
      const zh = leaves(resources['zh-CN'][ns] as Tree);
      for (const [key, text] of leaves(resources.en[ns] as Tree)) {
        const words = text.replace(/\{\{\s*\w+\s*\}\}/g, '');
        if (/[a-z]{4,}/i.test(words) && zh.get(key) === text && !same.has(`${ns}:${key}`)) {
          untranslated.push(`${ns}:${key}`);
        }
      }
    }
    expect(untranslated).toEqual([]);
  });
});

describe('i18n instance', () => {
  it('resolves a key in both languages and interpolates', () => {
    const en = createI18n('en');
    const zh = createI18n('zh-CN');
    expect(en.t('settings:save')).toBe('Save settings');
    expect(zh.t('settings:save')).toBe('保存设置');
    expect(en.t('common:topBar.place', { merchant: 'A&B', terminal: 'T1' })).toBe('A&B · T1');
  });

  it('matches browser language tags', () => {
    expect(matchLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLocale('zh-TW')).toBe('zh-CN');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('de')).toBe('en');
    expect(matchLocale(undefined)).toBe('en');
  });
});

// Every literal key the screens ask for exists in both catalogues.
const SOURCES = import.meta.glob('../../renderer/src/**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('keys used in the source', () => {
  const used = new Set<string>();
  for (const source of Object.values(SOURCES)) {
    for (const match of source.matchAll(/['`]((?:common|auth|setup|settings|health|errors):[\w.-]+)['`]/g)) {
      if (match[1] !== undefined) used.add(match[1]);
    }
  }

  it('finds the source files', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(20);
    expect(used.size).toBeGreaterThan(50);
  });

  for (const locale of LOCALES) {
    it(`all exist in ${locale}`, () => {
      const i18n = createI18n(locale);
      const missing = [...used].filter((key) => {
        const [ns, path] = key.split(':') as [string, string];
        return !i18n.exists(path, { ns, lng: locale, fallbackLng: false });
      });
      expect(missing).toEqual([]);
    });
  }
});
