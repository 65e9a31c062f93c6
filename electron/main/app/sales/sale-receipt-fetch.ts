import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import type { Caller } from '../../core/staff/caller';
import { notePrint, wasPrinted } from '../../db/repositories/receipt-print.repo';
import { findRefund } from '../../db/repositories/refund.repo';
import { findSale } from '../../db/repositories/sale.repo';
import { refundReceipt, saleReceipt } from './sale-receipt';
import type { SalesPorts } from './sales-ports';

export type FetchReceipt = (input: Input<'sales.receipt'>, caller: Caller) => Promise<Result<Output<'sales.receipt'>>>;

/**
 * A sale's or refund's receipt model. `copy` is true once the receipt was printed before; a fetch
 * with `print: true` is that print (noted in the same transaction), so the first printout is the
 * original and every later one says COPY.
 */
export function fetchReceipt(ports: Pick<SalesPorts, 'db' | 'clock' | 'header'>): FetchReceipt {
  return async (input, caller) =>
    ports.db.tx.write(async (tx) => {
      const copy = await wasPrinted(tx, input.receiptId);
      const sale = await findSale(tx, input.receiptId);
      const refund = sale ? undefined : await findRefund(tx, input.receiptId);
      const refundSale = refund ? await findSale(tx, refund.refund.saleId) : undefined;
      if (!sale && !(refund && refundSale)) return err('receipt_not_found', 'no sale or refund has this receipt id');
      if (input.print === true) await notePrint(tx, input.receiptId, caller.staffId, ports.clock.nowMs());
      const receipt = sale ? await saleReceipt(tx, await ports.header(tx), sale, copy) : await refundReceipt(tx, await ports.header(tx), refundSale!, refund!, copy);
      return ok(receipt);
    });
}
