import { ACCOUNT_KINDS, MERCHANT_OWNER } from '../../../../shared/domain/account-kinds';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import type { LedgerDb } from '../ledger/ports';
import type { Clock } from '../../core/ports';
import { voucherTotals } from '../../core/vouchers/voucher-tally';
import { findOwnedAccount, readBalance } from '../../db/repositories/account.repo';
import { listLedgers } from '../../db/repositories/ledger.repo';
import { findBatch, tallyVouchers } from '../../db/repositories/voucher.repo';
import type { ReadTx } from '../../db/tx';

type SummaryOutput = Output<'vouchers.summary'>;
export type VoucherSummary = (input: Input<'vouchers.summary'>) => Promise<Result<SummaryOutput>>;

/** The merchant's voucher liability per currency, as the cached account balances hold it. */
async function ledgerLiabilities(tx: ReadTx): Promise<Map<string, number>> {
  const balances = new Map<string, number>();
  for (const ledger of await listLedgers(tx)) {
    const accountId = await findOwnedAccount(tx, MERCHANT_OWNER, ACCOUNT_KINDS.voucherLiability.kind, ledger.ledgerId);
    const balance = accountId ? await readBalance(tx, accountId) : undefined;
    if (balance) balances.set(ledger.currency, balance.creditsPostedMinor - balance.debitsPostedMinor);
  }
  return balances;
}

/**
 * Counts per state (expired by the clock) and the outstanding liability, computed twice for the
 * whole shop: from the voucher rows (every sold voucher's face value) and from the voucher
 * liability account of each currency. The two come from different tables written in the same
 * transactions, so they agree unless something wrote one without the other. For one batch only
 * the rows can answer: the account is per currency, not per batch.
 */
export function voucherSummary(ports: Pick<LedgerDb, 'db'> & { readonly clock: Clock }): VoucherSummary {
  return async (input) => {
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.read(async (tx): Promise<Result<SummaryOutput>> => {
      const batchId = input.batchId ?? null;
      if (batchId !== null && !(await findBatch(tx, batchId))) return err('voucher_batch_not_found', 'no voucher batch has this id');
      const totals = voucherTotals(await tallyVouchers(tx, nowMs, batchId === null ? undefined : [batchId]));
      if (batchId !== null) {
        const liabilities = totals.outstanding.map((line) => ({ ...line, ledgerBalanceMinor: null, agrees: null }));
        return ok({ batchId, atMs: nowMs, counts: totals.counts, liabilities });
      }
      const ledger = await ledgerLiabilities(tx);
      const currencies = [...new Set([...totals.outstanding.map((l) => l.currency), ...ledger.keys()])].sort();
      const liabilities = currencies.map((currency) => {
        const line = totals.outstanding.find((l) => l.currency === currency) ?? { outstandingMinor: 0, expiredOutstandingMinor: 0 };
        const ledgerBalanceMinor = ledger.get(currency) ?? 0;
        return {
          currency, outstandingMinor: line.outstandingMinor, expiredOutstandingMinor: line.expiredOutstandingMinor, ledgerBalanceMinor,
          agrees: ledgerBalanceMinor === line.outstandingMinor,
        };
      });
      return ok({ batchId: null, atMs: nowMs, counts: totals.counts, liabilities });
    });
  };
}
