import { describe, expect, it } from 'vitest';
import { layoutReceipt } from '../../../electron/main/core/receipts/layout-receipt';
import { openedFont } from '../../../electron/main/sys/receipts/font-cache';
import { renderReceiptPdf } from '../../../electron/main/sys/receipts/pdf';
import { findReceiptFonts } from '../../../electron/main/sys/receipts/receipt-font';
import { sampleReceiptEn, sampleReceiptZh } from '../../core/receipts/sample-receipts';

describe('receipt fonts parsed once (sys/receipts/font-cache.ts)', () => {
  it('keeps one parsed font per face, and a PDF is the same whatever was rendered before it', async () => {
    const fonts = findReceiptFonts();
    if (!fonts.ok) throw new Error(fonts.error.message);
    expect(openedFont(fonts.value.regular)).toBe(openedFont(fonts.value.regular));
    const zh = sampleReceiptZh({ copy: false });
    const en = sampleReceiptEn();
    const pdfOf = (receipt: typeof zh, locale: 'en' | 'zh-CN') =>
      renderReceiptPdf(layoutReceipt(receipt, { columns: 48, mode: 'display', locale, timeZone: 'Asia/Shanghai' }), fonts.value, { title: 't', atMs: receipt.atMs });
    const first = await pdfOf(zh, 'zh-CN');
    await pdfOf(en, 'en');
    const again = await pdfOf(zh, 'zh-CN');
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('names the file when a collection is opened without a face', () => {
    const fonts = findReceiptFonts();
    if (!fonts.ok) throw new Error(fonts.error.message);
    expect(() => openedFont({ path: fonts.value.regular.path })).toThrow(/font collection/);
  });
});
