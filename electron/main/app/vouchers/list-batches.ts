import { ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import type { Clock } from '../../core/ports';
import { voucherTotals } from '../../core/vouchers/voucher-tally';
import { listBatchPage, tallyVouchers } from '../../db/repositories/voucher.repo';
import type { LedgerDb } from '../ledger/ports';
import { batchView } from './voucher-views';

type ListOutput = Output<'vouchers.listBatches'>;
export type ListVoucherBatches = (input: Input<'vouchers.listBatches'>) => Promise<Result<ListOutput>>;

export const BATCH_PAGE_DEFAULT = 50;

/**
 * The batches newest first, a page at a time (keyset paging on creation time and id, so a batch
 * generated meanwhile never shifts a page), each with its counts at the time of the call.
 */
export function listVoucherBatches(ports: Pick<LedgerDb, 'db'> & { readonly clock: Clock }): ListVoucherBatches {
  return async (input) => {
    const nowMs = ports.clock.nowMs();
    const limit = input.limit ?? BATCH_PAGE_DEFAULT;
    return ports.db.tx.read(async (tx) => {
      // One row more than asked tells whether a next page exists without a count.
      const rows = await listBatchPage(tx, input.before, limit + 1);
      const page = rows.slice(0, limit);
      const tallies = page.length > 0 ? await tallyVouchers(tx, nowMs, page.map((b) => b.id)) : [];
      const batches = page.map((b) => ({
        ...batchView(b), counts: voucherTotals(tallies.filter((t) => t.batchId === b.id)).counts,
      }));
      const last = page[page.length - 1];
      const next = rows.length > limit && last ? { createdAtMs: last.createdAtMs, batchId: last.id } : null;
      return ok({ batches, next });
    });
  };
}
