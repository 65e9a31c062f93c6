import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_CHARS_MAX, NAME_FORBIDDEN_MESSAGE, nameSchema } from '../../../../shared/domain/name';
import { name as contractName } from '../../../../shared/ipc/schemas';
import { settings } from '../../../../shared/ipc/contract/settings';
import { setupInput } from '../../../../shared/ipc/contract/setup';
import { staffContract } from '../../../../shared/ipc/contract/staff';
import { fcSeed } from '../../../support/fc-seed';

const REFUSED: [string, string][] = [
  ['NUL', 'Ann\u0000e'],
  ['RIGHT-TO-LEFT OVERRIDE', 'Ann\u202Eegg.exe'],
  ['LEFT-TO-RIGHT EMBEDDING', '\u202AAnne'],
  ['POP DIRECTIONAL FORMATTING', 'Anne\u202C'],
  ['LEFT-TO-RIGHT ISOLATE', '\u2066Anne'],
  ['RIGHT-TO-LEFT ISOLATE', 'An\u2067ne'],
  ['FIRST STRONG ISOLATE', 'An\u2068ne'],
  ['POP DIRECTIONAL ISOLATE', 'Anne\u2069x'],
  ['LEFT-TO-RIGHT MARK', 'An\u200Ene'],
  ['RIGHT-TO-LEFT MARK', 'An\u200Fne'],
  ['ARABIC LETTER MARK', 'An\u061Cne'],
  ['newline', 'Anne\nTotal: 0.00'],
  ['carriage return', 'An\rne'],
  ['tab', 'An\tne'],
  ['escape', 'An\u001B[31mne'],
  ['DEL', 'Anne\u007F'],
  ['C1 control (NEL)', 'An\u0085ne'],
  ['LINE SEPARATOR', 'An\u2028ne'],
  ['PARAGRAPH SEPARATOR', 'An\u2029ne'],
  ['a lone surrogate', 'An\uD800ne'],
  ['empty after trimming', '   '],
];

describe('nameSchema: one rule for every name', () => {
  it.each(REFUSED)('refuses %s', (_label, value) => {
    expect(nameSchema.safeParse(value).success).toBe(false);
  });

  it('names the reason for a forbidden character', () => {
    expect(nameSchema.safeParse('Ann\u202Ee').error?.issues[0]?.message).toBe(NAME_FORBIDDEN_MESSAGE);
  });

  it('NFC-normalises: e + combining acute and the precomposed é are the same name', () => {
    expect(nameSchema.parse('Ame\u0301lie')).toBe('Am\u00E9lie');
    expect(nameSchema.parse('Am\u00E9lie')).toBe('Am\u00E9lie');
    expect(nameSchema.parse('  Hangul \u1100\u1161  ')).toBe('Hangul \uAC00');
  });

  it('accepts real names: CJK, emoji (ZWJ sequences too), accents, apostrophes', () => {
    for (const value of ['王小明', '茶馆 🍵', 'Zoë O’Brien', 'Family 👨‍👩‍👧', 'مقهى', 'x'.repeat(NAME_CHARS_MAX)]) {
      expect(nameSchema.safeParse(value).success, value).toBe(true);
    }
    expect(nameSchema.safeParse('x'.repeat(NAME_CHARS_MAX + 1)).success).toBe(false);
  });

  it('is the contract’s name for staff, setup and settings (printer included)', () => {
    expect(contractName).toBe(nameSchema);
    const bidi = 'Till\u202E1';
    expect(staffContract['staff.create'].input.safeParse({ displayName: bidi, staffCode: 'abc', role: 'cashier', secretKind: 'pin', secret: '1234' }).success).toBe(false);
    const owner = { displayName: 'Olive', staffCode: 'owner', secretKind: 'pin', secret: '246813' };
    const setup = { merchantName: 'Shop', terminalName: 'Till 1', currency: 'CNY', locale: 'en', taxProfile: 'none', owner };
    expect(setupInput.safeParse(setup).success).toBe(true);
    expect(setupInput.safeParse({ ...setup, merchantName: 'Sh\u0000op' }).success).toBe(false);
    expect(setupInput.safeParse({ ...setup, owner: { ...owner, displayName: 'Ol\u2066ive' } }).success).toBe(false);
    expect(settings.partial().safeParse({ printer: 'EPSON\u202E' }).success).toBe(false);
    expect(settings.partial().safeParse({ terminalName: 'Till\n2' }).success).toBe(false);
  });

  it('property: whatever it accepts is NFC, trimmed, non-empty and free of the forbidden characters', () => {
    const seed = fcSeed('nameSchema');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        const parsed = nameSchema.safeParse(value);
        if (!parsed.success) return true;
        const out = parsed.data;
        return out === out.normalize('NFC') && out === out.trim() && out.length > 0 &&
          !/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/u.test(out);
      }),
      { seed, numRuns: 2000 },
    );
  });
});
