import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { layoutReceipt } from '../../../electron/main/core/receipts/layout-receipt';
import { encodeEscPos } from '../../../electron/main/sys/receipts/escpos';
import { sampleReceiptEn, sampleReceiptZh } from '../../core/receipts/sample-receipts';
import { readEscPos } from './escpos-reader';

const FIXTURES = join(import.meta.dirname, '../../fixtures/receipts');
// Golden files change only when asked: UPDATE_GOLDEN=1 npx vitest run tests/sys/receipts/escpos.test.ts
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

const hexLines = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').replace(/(.{64})/g, '$1\n');

function expectGolden(file: string, bytes: Uint8Array): void {
  const path = join(FIXTURES, file);
  if (UPDATE) {
    writeFileSync(path, bytes);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file ${path} is missing: run UPDATE_GOLDEN=1 once, look at it, commit it`);
  expect(hexLines(bytes)).toBe(hexLines(readFileSync(path)));
}

const en80 = () => encodeEscPos(layoutReceipt(sampleReceiptEn(), { columns: 48, mode: 'single', locale: 'en', timeZone: 'Europe/Berlin' }));
const zh58 = () => encodeEscPos(layoutReceipt(sampleReceiptZh({ copy: true }), { columns: 32, mode: 'gb18030', locale: 'zh-CN', timeZone: 'Asia/Shanghai' }));

describe('ESC/POS receipts (golden files)', () => {
  it('an English 80 mm receipt equals tests/fixtures/receipts/en-80mm.bin', () => {
    expectGolden('en-80mm.bin', en80());
  });

  it('a Chinese 58 mm copy equals tests/fixtures/receipts/zh-CN-58mm.bin', () => {
    expectGolden('zh-CN-58mm.bin', zh58());
  });

  it('rendering is deterministic', () => {
    expect(Buffer.from(zh58()).equals(Buffer.from(zh58()))).toBe(true);
  });
});

describe('the Chinese 58 mm receipt read back from its bytes', () => {
  const bytes = zh58();
  const read = readEscPos(bytes);
  const all = read.lines.map((l) => l.text).join('\n');

  it('starts in Chinese mode (ESC @, FS &) and ends with a cut', () => {
    expect(Array.from(bytes.slice(0, 9))).toEqual([0x1b, 0x40, 0x1c, 0x2e, 0x1b, 0x4d, 0x00, 0x1c, 0x26]);
    expect(read.cut).toBe(true);
  });

  it('decodes with GB18030 to the merchant, the lines, the taxes, the tenders and the copy mark', () => {
    for (const expected of ['街角便利店', '小票号', 'T2-000007', '农夫山泉饮用天然水550ml', '苹果 Fuji', '合计 CNY', '33.90', 'A 13%', '16.73', '支付宝', '储值卡 622202 **** 1234', '余额', '86.10', '*** 副本 ***', '谢谢惠顾']) {
      expect(all).toContain(expected);
    }
  });

  it('the long name wraps without splitting a character and no closing bracket starts a line', () => {
    expect(all).toContain('康师傅红烧牛肉面（五连');
    expect(all).toContain('包）特惠装超值家庭分享');
    for (const line of read.lines) expect(line.text).not.toMatch(/^[）。，]/u);
  });

  it('no line is wider than 32 columns (16 for double-size lines), counted as the printer prints', () => {
    for (const line of read.lines) expect(line.columns, line.text).toBeLessThanOrEqual(line.large ? 16 : 32);
  });

  it('every Chinese character is sent as its GB18030 code (round trip)', () => {
    const text = '康师傅红烧牛肉面';
    const encoded = iconv.encode(text, 'gb18030');
    expect(Buffer.from(bytes).includes(encoded)).toBe(true);
    expect(iconv.decode(encoded, 'gb18030')).toBe(text);
  });

  it('the QR code holds the receipt code', () => {
    expect(read.qr).toEqual([sampleReceiptZh().code]);
  });
});

describe('the English 80 mm receipt read back', () => {
  const read = readEscPos(en80());

  it('is single-byte text, every line within 48 columns, no copy mark on an original', () => {
    for (const line of read.lines) {
      expect(line.chinese).toBe(false);
      expect(line.columns, line.text).toBeLessThanOrEqual(line.large ? 24 : 48);
    }
    const all = read.lines.map((l) => l.text).join('\n');
    expect(all).toContain('TOTAL EUR');
    expect(all).toContain('Tillbook card **** 4242');
    expect(all).not.toContain('COPY');
    expect(read.qr).toEqual([sampleReceiptEn().code]);
  });
});
