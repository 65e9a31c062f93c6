import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receipt as receiptSchema, type Receipt } from '../../../shared/domain/sales/receipt';
import { newId } from '../../../shared/domain/ids';
import { cartOf, sellForCash, salesWorld, type Cart, type SalesWorld } from '../sales/sales-fixture';
import { readEscPos } from '../../sys/receipts/escpos-reader';

type Rendered = { format: string; base64: string; bytes: number };

let w: SalesWorld;
let saleId: string;
let cart: Cart;

beforeAll(async () => {
  w = await salesWorld();
  cart = cartOf(w.products, [2, 1, 1]);
  const sold = await sellForCash(w, cart, 20_000);
  if (!sold.ok) throw new Error(sold.error.code);
  saleId = sold.value.saleId;
});
afterAll(async () => w.t.close());

const lines = (r: Rendered) => readEscPos(new Uint8Array(Buffer.from(r.base64, 'base64'))).lines;
const copyMark = (texts: string[]) => texts.some((t) => t.includes('*** COPY ***') || t.includes('*** 副本 ***'));

describe('receipts.render over a real sale (through dispatch)', () => {
  it('renders the sale SALES recorded: its number, lines and total; a print makes every later one a COPY', async () => {
    const model = await w.ok<Receipt>('sales.receipt', { receiptId: saleId });
    expect(receiptSchema.safeParse(model).success).toBe(true);
    const first = await w.ok<Rendered>('receipts.render', { receiptId: saleId, format: 'escpos58', print: true });
    const texts = lines(first).map((l) => l.text);
    expect(texts.some((t) => t.includes(model.receiptNumber))).toBe(true);
    expect(texts.some((t) => t.includes('Green tea'))).toBe(true);
    expect(lines(first).every((l) => l.columns <= (l.large ? 16 : 32))).toBe(true);
    expect(copyMark(texts)).toBe(false);
    const again = await w.ok<Rendered>('receipts.render', { receiptId: saleId, format: 'escpos80' });
    expect(copyMark(lines(again).map((l) => l.text))).toBe(true);
    expect(lines(again).every((l) => l.columns <= (l.large ? 24 : 48))).toBe(true);
  });

  it('renders a PDF of the same sale', async () => {
    const pdf = await w.ok<Rendered>('receipts.render', { receiptId: saleId, format: 'pdf' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes).toBe(Buffer.from(pdf.base64, 'base64').length);
  });

  it('renders a refund slip by its refund id: titled as a refund, the original number, refunded to the tender', async () => {
    const refundId = newId();
    const [line] = cart.lines;
    if (line === undefined) throw new Error('cart has lines');
    const approvalId = await w.refundGrant(saleId, refundId);
    await w.ok('sales.refund', { refundId, saleId, lines: [{ lineId: line.lineId, quantityMilli: 1000 }], approvalId });
    const slip = await w.ok<Rendered>('receipts.render', { receiptId: refundId, format: 'escpos80' });
    const texts = lines(slip).map((l) => l.text.trim());
    expect(texts.some((t) => t === 'REFUND' || t === '退款')).toBe(true);
    expect(texts.some((t) => t.startsWith('Refunded to') || t.startsWith('退回至'))).toBe(true);
    const sale = await w.ok<Receipt>('sales.receipt', { receiptId: saleId });
    expect(texts.some((t) => /^(Original receipt|原小票号) +/.test(t) && t.endsWith(` ${sale.receiptNumber}`))).toBe(true);
  });
});
