import { describe, expect, it } from 'vitest';

import { ClientError } from '../../renderer/src/api/client';
import { errorMessageKey, MESSAGE_CODES, toClientError } from '../../renderer/src/lib/error-message';
import { fieldErrorText } from '../../renderer/src/lib/field-error-text';
import { createI18n, LOCALES } from '../../renderer/src/lib/i18n';
import type { FieldError } from '../../renderer/src/lib/validate';
import { ROLES } from '../../shared/ipc/schemas';
import { ERROR_CODES } from '../../shared/domain/errors';

describe('error messages', () => {
  it('every ErrorCode maps to a readable sentence in both languages, never the raw code', () => {
    for (const locale of LOCALES) {
      const i18n = createI18n(locale);
      for (const code of [...ERROR_CODES, 'unreachable']) {
        const text = i18n.t(errorMessageKey(code));
        expect(text, `${locale} ${code}`).not.toContain(code);
        expect(text.length, `${locale} ${code}`).toBeGreaterThan(5);
      }
    }
  });

  it('an unknown code reads as internal', () => {
    expect(errorMessageKey('made_up')).toBe('errors:internal');
    expect(errorMessageKey('account_locked')).toBe('errors:account_locked');
    expect(MESSAGE_CODES).toContain('unreachable');
  });

  it('the locked-account message says what to do', () => {
    expect(createI18n('en').t(errorMessageKey('account_locked'))).toBe('This staff account is locked after too many wrong attempts. Wait, or ask a manager.');
  });

  it('toClientError keeps ClientErrors and wraps anything else as internal', () => {
    const original = new ClientError('forbidden', 'no', 'settings.update');
    expect(toClientError(original)).toBe(original);
    expect(toClientError(new Error('boom'))).toMatchObject({ code: 'internal', message: 'boom' });
    expect(toClientError('text')).toMatchObject({ code: 'internal', message: 'text' });
  });
});

describe('dynamic keys', () => {
  const setupCodes: FieldError[] = [
    { code: 'required' },
    { code: 'tooLong', max: 120 },
    { code: 'staffCode' },
    { code: 'pin' },
    { code: 'password' },
    { code: 'mismatch' },
    { code: 'currency' },
  ];
  const settingsCodes: FieldError[] = [
    { code: 'required' },
    { code: 'tooLong', max: 120 },
    { code: 'currency' },
    { code: 'https' },
    { code: 'idle' },
  ];

  for (const locale of LOCALES) {
    it(`field errors have words in ${locale}`, () => {
      const { t } = createI18n(locale);
      for (const error of setupCodes) expect(fieldErrorText(t, 'setup', error)).not.toMatch(/validation\./);
      for (const error of settingsCodes) expect(fieldErrorText(t, 'settings', error)).not.toMatch(/validation\./);
      expect(fieldErrorText(t, 'setup', { code: 'tooLong', max: 120 })).toContain('120');
      expect(fieldErrorText(t, 'setup', null)).toBeUndefined();
    });

    it(`roles and languages have names in ${locale}`, () => {
      const i18n = createI18n(locale);
      for (const role of ROLES) expect(i18n.exists(`common:roles.${role}`)).toBe(true);
      for (const lng of LOCALES) expect(i18n.exists(`common:languages.${lng}`)).toBe(true);
    });
  }
});
