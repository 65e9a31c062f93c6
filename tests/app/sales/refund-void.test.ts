import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { receipt as receiptSchema } from '../../../shared/domain/sales/receipt';
import { refundApproval } from '../../../shared/ipc/contract/sales-domain';
import { recordsOf } from '../../../electron/main/db/repositories/record.repo';
import { cartOf, code, salesWorld, type SalesWorld } from './sales-fixture';

let w: SalesWorld;
beforeEach(async () => {
  w = await salesWorld();
});
afterEach(async () => w.t.close());

type Detail = {
  status: string; refundableMinor: number; totalMinor: number;
  lines: { lineId: string; refundableQuantityMilli: number; refundableMinor: number }[];
  tenders: { tenderId: string; kind: string; refundedMinor: number; refundableMinor: number }[];
};
type Refunded = { refundId: string; totalMinor: number; tenders: { kind: string; amountMinor: number }[]; replayed: boolean; receipt: unknown };

/** A sale of the three products (2, 1, 1), paid by card (3,000) and cash. */
async function splitSale(): Promise<{ saleId: string; cardId: string; totalMinor: number; receiptNumber: number }> {
  const cart = cartOf(w.products, [2, 1, 1]);
  const priced = await w.price(cart);
  const { cardId, authorizationId } = await w.cardAuthorization(3_000);
  const saleId = newId();
  const done = await w.ok<{ receiptNumber: number }>('sales.complete', {
    saleId, cart, expectedTotalMinor: priced.totalMinor,
    tenders: [{ kind: 'card', tenderId: newId(), authorizationId }, { kind: 'cash', tenderId: newId(), amountMinor: priced.totalMinor }],
  });
  return { saleId, cardId, totalMinor: priced.totalMinor, receiptNumber: done.receiptNumber };
}

const balanceOf = async (cardId: string) => (await w.ok<{ balanceMinor: number }>('cards.balance', { card: { by: 'id', cardId } })).balanceMinor;

describe('refunds and voids', () => {
  it('refunds one line to the original tenders with a one-shot manager approval, audited and recorded', async () => {
    const { saleId, cardId, totalMinor, receiptNumber } = await splitSale();
    const found = await w.ok<Detail>('sales.find', { receiptNumber });
    expect(found.refundableMinor).toBe(totalMinor);
    const line = found.lines[0];
    if (!line) throw new Error('no line');
    const refundId = newId();
    const approvalId = await w.refundGrant(saleId, refundId);
    const cardBefore = await balanceOf(cardId);
    const input = { refundId, saleId, lines: [{ lineId: line.lineId, quantityMilli: 1000 }], approvalId };
    const refunded = await w.ok<Refunded>('sales.refund', input);
    expect(refunded.totalMinor).toBe(1_250);
    expect(refunded.tenders.reduce((s, t) => s + t.amountMinor, 0)).toBe(1_250);
    expect(receiptSchema.safeParse(refunded.receipt).success).toBe(true);
    const cardPart = refunded.tenders.find((t) => t.kind === 'card')?.amountMinor ?? 0;
    expect(await balanceOf(cardId)).toBe(cardBefore + cardPart);
    // The same refund id again answers the first outcome; the grant is not asked for again.
    expect(await w.ok<Refunded>('sales.refund', input)).toEqual({ ...refunded, replayed: true });
    // A grant is used once: a new refund presenting the same approval is refused.
    expect(code(await w.call('sales.refund', { ...input, refundId: newId() }))).toBe('forbidden');
    const after = await w.ok<Detail>('sales.find', { code: refundId });
    expect(after.lines[0]?.refundableQuantityMilli).toBe(1000);
    expect(after.refundableMinor).toBe(totalMinor - 1_250);
    const records = await w.t.db.tx.read((tx) => recordsOf(tx, refundId, ['sale.refunded']));
    expect(records).toHaveLength(1);
    const audits = await w.t.db.tx.read((tx) => tx.all("SELECT count(*) AS n FROM journal WHERE kind = 'audit.approvalUsed'"));
    expect(Number(audits[0]?.['n'])).toBeGreaterThanOrEqual(1);
  });

  it('never gives back more than a line holds: the rest of the line, then refusal', async () => {
    const { saleId, receiptNumber } = await splitSale();
    const found = await w.ok<Detail>('sales.find', { receiptNumber });
    const line = found.lines[0];
    if (!line) throw new Error('no line');
    const refundOf = async (quantityMilli: number) => {
      const refundId = newId();
      return w.call('sales.refund', { refundId, saleId, lines: [{ lineId: line.lineId, quantityMilli }], approvalId: await w.approval(refundApproval({ saleId, refundId })) });
    };
    expect(code(await refundOf(1500))).toBe('ok');
    expect(code(await refundOf(501))).toBe('refund_exceeds_refundable');
    expect(code(await refundOf(500))).toBe('ok');
    const after = await w.ok<Detail>('sales.find', { saleId });
    expect(after.lines[0]).toMatchObject({ refundableQuantityMilli: 0, refundableMinor: 0 });
    const refunded = await w.t.db.tx.read((tx) => tx.get('SELECT sum(total_minor) AS s FROM refund_line WHERE line_id = ?', [Buffer.from(line.lineId.replaceAll('-', ''), 'hex')]));
    expect(refunded?.['s']).toBe(2_500);
  });

  it('voids a whole sale with reversing transfers: status voided, the card and drawer made whole, nothing deleted', async () => {
    const { saleId, cardId, totalMinor } = await splitSale();
    const cardBefore = await balanceOf(cardId);
    const voidId = newId();
    const voided = await w.ok<Refunded>('sales.void', { voidId, saleId, approvalId: await w.voidGrant(saleId, voidId) });
    expect(voided.totalMinor).toBe(totalMinor);
    expect(await balanceOf(cardId)).toBe(cardBefore + 3_000);
    const detail = await w.ok<Detail>('sales.find', { saleId });
    expect(detail).toMatchObject({ status: 'voided', refundableMinor: 0 });
    const rows = await w.t.db.tx.read((tx) => tx.get('SELECT (SELECT count(*) FROM sale) AS s, (SELECT count(*) FROM sale_line) AS l'));
    expect(rows).toMatchObject({ s: 1, l: 3 });
    const verify = await w.ok<{ ok: boolean }>('ledger.verify', {});
    expect(verify.ok).toBe(true);
  });

  it('the receipt is the original once, then a copy after its first print', async () => {
    const { saleId } = await splitSale();
    expect((await w.ok<{ copy: boolean }>('sales.receipt', { receiptId: saleId })).copy).toBe(false);
    expect((await w.ok<{ copy: boolean }>('sales.receipt', { receiptId: saleId, print: true })).copy).toBe(false);
    expect((await w.ok<{ copy: boolean }>('sales.receipt', { receiptId: saleId, print: true })).copy).toBe(true);
    expect((await w.ok<{ copy: boolean }>('sales.receipt', { receiptId: saleId })).copy).toBe(true);
  });
});
