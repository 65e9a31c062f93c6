import { describe, expect, it } from 'vitest';
import { layoutReceipt, printerModeFor, taxRowLabel } from '../../../electron/main/core/receipts/layout-receipt';
import type { ReceiptDoc } from '../../../electron/main/core/receipts/receipt-doc';
import { textWidth } from '../../../electron/main/core/receipts/text-width';
import { sampleReceiptEn, sampleReceiptZh } from './sample-receipts';

const texts = (doc: ReceiptDoc) => doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));

function expectFits(doc: ReceiptDoc): void {
  for (const block of doc.blocks) {
    if (block.kind !== 'text') continue;
    expect(textWidth(block.text, doc.mode), block.text).toBeLessThanOrEqual(block.style === 'large' ? doc.columns / 2 : doc.columns);
  }
}

describe('layoutReceipt', () => {
  it.each([32, 48])('every line fits %i columns in every mode, for both samples and for refunds', (columns) => {
    for (const mode of ['display', 'gb18030', 'single'] as const) {
      for (const r of [sampleReceiptEn(), sampleReceiptZh({ copy: true }), sampleReceiptZh({ kind: 'refund', originalReceiptNumber: 'T2-000001' })]) {
        expectFits(layoutReceipt(r, { columns, mode, locale: r.locale ?? 'en', timeZone: 'UTC' }));
      }
    }
  });

  it('amounts stand right-aligned in the last columns', () => {
    const doc = layoutReceipt(sampleReceiptZh(), { columns: 32, mode: 'gb18030', locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    const total = texts(doc).find((t) => t.startsWith('合计'));
    expect(total).toBe(`合计 CNY${' '.repeat(32 - 8 - 5)}33.90`);
    expect(textWidth(total ?? '', 'gb18030')).toBe(32);
  });

  it('prints header, facts, lines, taxes, tenders and the QR code of `code`', () => {
    const r = sampleReceiptEn();
    const doc = layoutReceipt(r, { columns: 48, mode: 'single', locale: 'en', timeZone: 'Europe/Berlin' });
    const all = texts(doc).join('\n');
    for (const s of ['Corner Shop', 'T1-000042', '2026-03-14 10:26', 'Till 1', 'Anna', 'Sparkling water', '6 x 0.89', '-0.54', 'TOTAL EUR', 'A 20%', 'Tillbook card **** 4242', 'Balance', 'Change']) {
      expect(all).toContain(s);
    }
    expect(doc.blocks).toContainEqual({ kind: 'qr', value: r.code });
  });

  it('marks a copy at the top and the bottom, and a refund with its title and the original number', () => {
    const copy = texts(layoutReceipt(sampleReceiptEn({ copy: true }), { columns: 48, mode: 'single', locale: 'en', timeZone: 'UTC' }));
    expect(copy.filter((t) => t.includes('*** COPY ***'))).toHaveLength(2);
    const refund = texts(layoutReceipt(sampleReceiptZh({ kind: 'refund', originalReceiptNumber: 'T2-000001' }), { columns: 32, mode: 'gb18030', locale: 'zh-CN', timeZone: 'UTC' }));
    expect(refund.some((t) => t.trim() === '退款')).toBe(true);
    expect(refund.some((t) => t.startsWith('原小票号') && t.endsWith('T2-000001'))).toBe(true);
    expect(refund.some((t) => t.startsWith('退款合计'))).toBe(true);
    expect(refund.some((t) => t.startsWith('找零'))).toBe(false);
  });

  it('shows cash rounding after the total, signed, without adding it', () => {
    const doc = layoutReceipt(sampleReceiptEn({ currency: 'CHF', cashRoundingMinor: -3 }), { columns: 48, mode: 'single', locale: 'en', timeZone: 'UTC' });
    const all = texts(doc);
    const total = all.findIndex((t) => t.startsWith('TOTAL CHF'));
    expect(all[total]).toMatch(/32\.63$/);
    expect(all[total + 1]).toMatch(/^Cash rounding +-0\.03$/);
  });

  it('chooses Chinese mode for a zh-CN receipt or any character beyond Latin-1', () => {
    expect(printerModeFor(sampleReceiptEn(), 'en')).toBe('single');
    expect(printerModeFor(sampleReceiptEn(), 'zh-CN')).toBe('gb18030');
    expect(printerModeFor(sampleReceiptEn({ staffFirstName: '小王' }), 'en')).toBe('gb18030');
  });

  it('a huge amount on 58 mm still fits: the name gives way to the figure', () => {
    const r = sampleReceiptZh();
    const [line] = r.lines;
    if (line === undefined) throw new Error('sample has lines');
    const big = { ...r, lines: [{ ...line, totalMinor: 99_999_999_999, unitPriceMinor: 99_999_999_999 }] };
    expectFits(layoutReceipt(big, { columns: 32, mode: 'gb18030', locale: 'zh-CN', timeZone: 'UTC' }));
  });
});

describe('taxRowLabel', () => {
  it('adds the rate unless the label already says it', () => {
    expect(taxRowLabel('A', 1300)).toBe('A 13%');
    expect(taxRowLabel('standard 13%', 1300)).toBe('standard 13%');
  });

  it('names a shipped tax class in the receipt\'s language; an unknown class keeps its label', () => {
    const taxes = [
      { label: 'standard 13%', taxClass: 'standard', rateBp: 1300, netMinor: 1673, taxMinor: 217 },
      { label: 'bottle_deposit 9%', taxClass: 'bottle_deposit', rateBp: 900, netMinor: 1376, taxMinor: 124 },
    ];
    const zh = texts(layoutReceipt({ ...sampleReceiptZh(), taxes }, { columns: 32, mode: 'gb18030', locale: 'zh-CN', timeZone: 'UTC' })).join('\n');
    expect(zh).toContain('标准税率 13%');
    expect(zh).not.toContain('standard');
    expect(zh).toContain('bottle_deposit 9%');
    const en = texts(layoutReceipt({ ...sampleReceiptEn(), taxes }, { columns: 48, mode: 'single', locale: 'en', timeZone: 'UTC' })).join('\n');
    expect(en).toContain('Standard 13%');
  });
});
