import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, uuidToBytes } from '../../../shared/domain/ids';
import { refundApproval } from '../../../shared/ipc/contract/sales-domain';
import { saleTotals } from '../../../electron/main/db/repositories/sale-totals.repo';
import { openShift } from '../../../electron/main/db/repositories/shift.repo';
import { cartOf, salesWorld, sellForCash, type SalesWorld } from '../../app/sales/sales-fixture';

let w: SalesWorld;
let saleId: string;
beforeAll(async () => {
  w = await salesWorld();
  const sold = await sellForCash(w, cartOf(w.products, [2, 1, 1]), 20_000);
  if (!sold.ok) throw new Error(sold.error.message);
  saleId = sold.value.saleId;
});
afterAll(async () => w.t.close());

const refused = async (sql: string, params: unknown[] = []): Promise<string> => {
  try {
    await w.t.db.tx.write((tx) => tx.run(sql, params as never));
    return 'written';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};

describe('sales tables: history is never rewritten', () => {
  it('lines, tenders and refunds are append-only; a sale is never deleted and only goes completed → voided', async () => {
    const id = uuidToBytes(saleId);
    expect(await refused('UPDATE sale_line SET total_minor = 1 WHERE sale_id = ?', [id])).toMatch(/append_only/u);
    expect(await refused('DELETE FROM sale_tender WHERE sale_id = ?', [id])).toMatch(/append_only/u);
    expect(await refused('DELETE FROM sale WHERE id = ?', [id])).toMatch(/append_only/u);
    expect(await refused('UPDATE sale SET total_minor = total_minor + 1 WHERE id = ?', [id])).toMatch(/append_only/u);
    expect(await refused("UPDATE sale SET status = 'voided', receipt_no = 99 WHERE id = ?", [id])).toMatch(/append_only/u);
  });

  it('money columns refuse anything but integers, and a receipt number is never taken twice', async () => {
    expect(await refused("UPDATE sale SET status = 'voided', change_minor = 1.5 WHERE id = ?", [uuidToBytes(saleId)])).not.toBe('written');
    const row = await w.t.db.tx.read((tx) => tx.get('SELECT * FROM sale WHERE id = ?', [uuidToBytes(saleId)]));
    const copy = { ...row, id: uuidToBytes(newId()) } as Record<string, unknown>;
    const columns = Object.keys(copy);
    expect(await refused(`INSERT INTO sale (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, columns.map((c) => copy[c])))
      .toMatch(/UNIQUE|sale_receipt_no_unique/u);
  });

  it('saleTotals: sales less refunds, per tax rate and per tender, cash kept after change', async () => {
    const shift = await w.t.db.tx.read(openShift);
    if (!shift) throw new Error('no shift');
    const before = await w.t.db.tx.read((tx) => saleTotals(tx, shift.shiftId));
    expect(before).toMatchObject({ currency: 'CNY', saleCount: 1, refundCount: 0, voidCount: 0, totalMinor: 7_799, cashTakenMinor: 7_799, refundsMinor: 0 });
    expect(before.byTax.reduce((s, r) => s + r.totalMinor, 0)).toBe(7_799);
    const detail = await w.ok<{ lines: { lineId: string }[] }>('sales.find', { saleId });
    const refundId = newId();
    const lineId = detail.lines[0]?.lineId ?? '';
    await w.ok('sales.refund', { refundId, saleId, lines: [{ lineId, quantityMilli: 1000 }], approvalId: await w.approval(refundApproval({ saleId, refundId })) });
    const after = await w.t.db.tx.read((tx) => saleTotals(tx, shift.shiftId));
    expect(after).toMatchObject({ saleCount: 1, refundCount: 1, totalMinor: 7_799 - 1_250, refundsMinor: 1_250, cashRefundedMinor: 1_250 });
    expect(after.byTender).toEqual([{ kind: 'cash', salesMinor: 7_799, refundsMinor: 1_250 }]);
    expect(after.netMinor + after.taxMinor).toBe(after.totalMinor);
  });
});
