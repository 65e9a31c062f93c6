import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutReceipt } from '../../../electron/main/core/receipts/layout-receipt';
import { renderReceiptPdf } from '../../../electron/main/sys/receipts/pdf';
import { findReceiptFonts } from '../../../electron/main/sys/receipts/receipt-font';
import { sampleReceiptEn, sampleReceiptZh } from '../../core/receipts/sample-receipts';

// Rendered pages are kept for a person to look at (issue 9 §10): test-results/receipts/*.png.
const OUT = join(import.meta.dirname, '../../../test-results/receipts');

/** pdftoppm (poppler-utils) turns the PDF into a PNG; without it the test fails and says so. */
function toPng(pdfPath: string, pngBase: string): string {
  const run = spawnSync('pdftoppm', ['-png', '-r', '100', '-singlefile', pdfPath, pngBase], { encoding: 'utf8' });
  if (run.error !== undefined) throw new Error(`pdftoppm is not installed (apt-get install poppler-utils): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  return `${pngBase}.png`;
}

async function render(kind: 'en' | 'zh-CN'): Promise<{ pdf: Uint8Array; png: string }> {
  const fonts = findReceiptFonts();
  if (!fonts.ok) throw new Error(fonts.error.message);
  const receipt = kind === 'en' ? sampleReceiptEn() : sampleReceiptZh({ copy: true });
  const doc = layoutReceipt(receipt, { columns: 48, mode: 'display', locale: kind, timeZone: kind === 'en' ? 'Europe/Berlin' : 'Asia/Shanghai' });
  const pdf = await renderReceiptPdf(doc, fonts.value, { title: receipt.receiptNumber, atMs: receipt.atMs });
  mkdirSync(OUT, { recursive: true });
  const pdfPath = join(OUT, `receipt-${kind}.pdf`);
  writeFileSync(pdfPath, pdf);
  return { pdf, png: toPng(pdfPath, join(OUT, `receipt-${kind}`)) };
}

describe('receipt PDF', () => {
  it.each(['en', 'zh-CN'] as const)('%s: a PDF with the font embedded, rendered to PNG by pdftoppm', async (kind) => {
    const { pdf, png } = await render(kind);
    const head = Buffer.from(pdf.slice(0, 5)).toString('latin1');
    expect(head).toBe('%PDF-');
    expect(Buffer.from(pdf).toString('latin1')).toContain('NotoSansMonoCJKsc');
    expect(readdirSync(OUT)).toContain(png.split('/').pop());
  });

  it('the same receipt gives the same bytes (dates from the receipt, not the clock)', async () => {
    const fonts = findReceiptFonts();
    if (!fonts.ok) throw new Error(fonts.error.message);
    const doc = layoutReceipt(sampleReceiptEn(), { columns: 48, mode: 'display', locale: 'en', timeZone: 'UTC' });
    const a = await renderReceiptPdf(doc, fonts.value, { title: 'x', atMs: 0 });
    const b = await renderReceiptPdf(doc, fonts.value, { title: 'x', atMs: 0 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('a missing font is receipt_font_missing naming where to get one', () => {
    const found = findReceiptFonts({ TILLBOOK_RECEIPT_FONT: '/nonexistent/font.ttf' });
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.error.code).toBe('receipt_font_missing');
      expect(found.error.message).toContain('/nonexistent/font.ttf');
    }
  });
});
