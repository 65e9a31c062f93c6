import { describe, expect, it } from 'vitest';
import { foldForSearch, normaliseEmail, normalisePhone, searchKeyOf, searchNeedles } from '../../../../shared/domain/customer-fields';

describe('customer fields', () => {
  it('phone: grouping dropped, a leading + kept, 3–20 digits', () => {
    expect(normalisePhone(' +86 (138) 0013-8000 ')).toBe('+8613800138000');
    expect(normalisePhone('010.6552.9988')).toBe('01065529988');
    for (const bad of ['12', '+', 'call me', '138\u00000013', '1'.repeat(21), '+86+138', '١٢٣٤']) expect(normalisePhone(bad), bad).toBeUndefined();
  });

  it('email: trimmed, lower case, one @, a dot in the domain, no spaces or controls', () => {
    expect(normaliseEmail(' Wang.Fang@Example.CN ')).toBe('wang.fang@example.cn');
    expect(normaliseEmail('王芳@例子.中国')).toBe('王芳@例子.中国');
    for (const bad of ['a@b', 'a b@c.d', '@c.d', 'a@@c.d', 'a@c.d\u202E', 'a\uD800@c.d', `${'a'.repeat(250)}@c.de`]) {
      expect(normaliseEmail(bad), bad).toBeUndefined();
    }
  });

  it('folding: width, case (ß and final sigma too), compatibility forms and spaces; Han untouched', () => {
    expect(foldForSearch('ＡＢＣ　Ｃｏｍｐａｎｙ')).toBe('abc company');
    expect(foldForSearch('Straße')).toBe(foldForSearch('STRASSE'));
    expect(foldForSearch('ΟΔΟΣ')).toBe(foldForSearch('οδος'));
    expect(foldForSearch('㈱王芳')).toBe('(株)王芳');
    expect(foldForSearch('  a \t b ')).toBe('a b');
  });

  it('the search key stays under the column bound whatever a 120-character name expands to', () => {
    const key = searchKeyOf({ displayName: 'ﷺ'.repeat(120), phone: '+8613800138000', email: `${'ﷺ'.repeat(200)}@x.cn` });
    expect(Array.from(key).length).toBeLessThanOrEqual(1000);
    expect(searchKeyOf({ displayName: 'Wang', phone: null, email: null })).toBe('wang\n\n');
  });

  it('a query that looks like a phone number also looks for its digits alone', () => {
    expect(searchNeedles('138 0013')).toEqual(['138 0013', '1380013']);
    expect(searchNeedles('+86')).toEqual(['+86', '86']);
    expect(searchNeedles('1380013')).toEqual(['1380013']);
    expect(searchNeedles('ＷＡＮＧ')).toEqual(['wang']);
  });
});
