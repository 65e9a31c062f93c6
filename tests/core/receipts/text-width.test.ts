import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountText, dateTimeText, quantityText, rateText } from '../../../electron/main/core/receipts/format';
import { charWidth, textWidth, wrap, type WidthMode } from '../../../electron/main/core/receipts/text-width';
import { fcSeed } from '../../support/fc-seed';

describe('character widths', () => {
  it('CJK and full-width forms are 2, Latin 1, in display and printer modes', () => {
    for (const mode of ['display', 'gb18030'] as const) {
      expect(textWidth('收银台', mode)).toBe(6);
      expect(textWidth('（）', mode)).toBe(4);
      expect(textWidth('Till 1', mode)).toBe(6);
    }
    expect(textWidth('收银台', 'single')).toBe(3);
  });

  it('a Chinese-mode printer prints anything outside ASCII full width; display follows East Asian Width', () => {
    expect(charWidth('é', 'gb18030')).toBe(2);
    expect(charWidth('é', 'display')).toBe(1);
    expect(charWidth('\u0301', 'display')).toBe(0);
    expect(textWidth('😀', 'display')).toBe(2);
  });
});

describe('wrap', () => {
  it('keeps Latin words whole and breaks CJK between characters', () => {
    expect(wrap('Espresso beans, dark roast', 12, 'display')).toEqual(['Espresso', 'beans, dark', 'roast']);
    expect(wrap('康师傅红烧牛肉面', 9, 'display')).toEqual(['康师傅红', '烧牛肉面']);
  });

  it('never starts a line with closing punctuation: the character before it moves down too', () => {
    expect(wrap('康师傅五连）包', 10, 'display')).toEqual(['康师傅五', '连）包']);
    expect(wrap('一二三四，五', 8, 'display')).toEqual(['一二三', '四，五']);
  });

  it('splits a word longer than the line by characters', () => {
    expect(wrap('abcdefghij', 4, 'single')).toEqual(['abcd', 'efgh', 'ij']);
  });

  const piece = fc.constantFrom('a', 'Z', '9', ' ', '收', '银', '（', '）', '，', 'é', '😀', '-', 'ml');
  const modes: WidthMode[] = ['display', 'gb18030', 'single'];

  it('property: no line is wider than the width, and no character is lost or split', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 2, max: 48 }), fc.constantFrom(...modes), (parts, width, mode) => {
        const text = parts.join('');
        const lines = wrap(text, width, mode);
        for (const line of lines) expect(textWidth(line, mode)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { seed: fcSeed('receipts.wrap'), numRuns: 500 },
    );
  });
});

describe('printed figures', () => {
  it('amounts through the currency exponent, no float', () => {
    expect(amountText(3263, 'EUR')).toBe('32.63');
    expect(amountText(1500, 'JPY')).toBe('1500');
    expect(amountText(12345, 'KWD')).toBe('12.345');
    expect(amountText(-5, 'CHF')).toBe('-0.05');
    expect(amountText(100_000_000_000, 'CNY')).toBe('1000000000.00');
  });

  it('quantities in thousandths, rates in basis points, time in the given zone', () => {
    expect([quantityText(1000), quantityText(355), quantityText(1250), quantityText(6000)]).toEqual(['1', '0.355', '1.25', '6']);
    expect([rateText(1300), rateText(550), rateText(1025), rateText(0)]).toEqual(['13%', '5.5%', '10.25%', '0%']);
    const at = Date.UTC(2026, 11, 31, 23, 30);
    expect(dateTimeText(at, 'UTC')).toBe('2026-12-31 23:30');
    expect(dateTimeText(at, 'Asia/Shanghai')).toBe('2027-01-01 07:30');
  });
});
