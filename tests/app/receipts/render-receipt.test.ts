import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../shared/domain/result';
import type { Receipt } from '../../../shared/domain/sales/receipt';
import { assembleReceiptUseCases } from '../../../electron/main/app/receipts/assemble-receipts';
import type { Caller } from '../../../electron/main/core/staff/caller';
import { readEscPos } from '../../sys/receipts/escpos-reader';
import { sampleReceiptEn, sampleReceiptZh } from '../../core/receipts/sample-receipts';

const CALLER: Caller = { staffId: '01890000-0000-7000-8000-00000000000a', role: 'cashier', displayName: 'Anna' };

/** The receipts use case over a stand-in for SALES's `sales.receipt`, recording what it was asked. */
function world(receipt: Receipt | null, fontsMissing = false) {
  const asked: { receiptId: string; print?: boolean }[] = [];
  const uc = assembleReceiptUseCases({
    fetchReceipt: async (input) => {
      asked.push(input);
      return receipt === null ? err('receipt_not_found', 'none') : ok(receipt);
    },
    settings: () => ({ locale: 'zh-CN', printer: null }),
    timeZone: () => 'Asia/Shanghai',
    ...(fontsMissing ? { fonts: () => err('receipt_font_missing', 'no font') } : {}),
  });
  return { uc, asked };
}

const decode = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

describe('receipts.render use case', () => {
  it('ESC/POS 58 mm in the terminal language when the model names none, base64 with its length', async () => {
    const { locale: _, ...noLocale } = sampleReceiptEn();
    const { uc } = world(noLocale);
    const reply = await uc.render({ receiptId: noLocale.receiptId, format: 'escpos58' }, CALLER);
    if (!reply.ok) throw new Error(reply.error.message);
    const bytes = decode(reply.value.base64);
    expect(reply.value).toMatchObject({ format: 'escpos58', bytes: bytes.length });
    const lines = readEscPos(bytes).lines;
    expect(lines.some((l) => l.text.startsWith('合计 EUR'))).toBe(true); // zh-CN from the settings
    expect(Math.max(...lines.map((l) => l.columns))).toBeLessThanOrEqual(32);
  });

  it('ESC/POS 80 mm keeps the model language; print: true is passed on to SALES (later fetches are copies)', async () => {
    const { uc, asked } = world(sampleReceiptEn());
    const reply = await uc.render({ receiptId: sampleReceiptEn().receiptId, format: 'escpos80', print: true }, CALLER);
    if (!reply.ok) throw new Error(reply.error.message);
    expect(readEscPos(decode(reply.value.base64)).lines.some((l) => l.text.startsWith('TOTAL EUR'))).toBe(true);
    expect(asked).toEqual([{ receiptId: sampleReceiptEn().receiptId, print: true }]);
  });

  it('a PDF', async () => {
    const { uc } = world(sampleReceiptZh());
    const reply = await uc.render({ receiptId: sampleReceiptZh().receiptId, format: 'pdf' }, CALLER);
    if (!reply.ok) throw new Error(reply.error.message);
    expect(Buffer.from(decode(reply.value.base64).slice(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('no font: receipt_font_missing before the receipt is fetched, so no printout is noted', async () => {
    const { uc, asked } = world(sampleReceiptZh(), true);
    const reply = await uc.render({ receiptId: sampleReceiptZh().receiptId, format: 'pdf', print: true }, CALLER);
    expect(reply.ok ? null : reply.error.code).toBe('receipt_font_missing');
    expect(asked).toEqual([]);
  });

  it("SALES's receipt_not_found passes through", async () => {
    const { uc } = world(null);
    const reply = await uc.render({ receiptId: sampleReceiptZh().receiptId, format: 'escpos80' }, CALLER);
    expect(reply.ok ? null : reply.error.code).toBe('receipt_not_found');
  });
});
