import type { AppError } from '../../../../shared/domain/errors';
import type { Result } from '../../../../shared/domain/result';
import { declineOf } from '../../db/constraint-errors';
import type { WriteTx } from '../../db/tx';
import type { LedgerDb } from '../ledger/ports';

/** Thrown inside a sale's transaction to roll back everything it wrote and answer `error`. */
class SaleAbort extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/**
 * Ends the transaction with this refusal: nothing it wrote (accounts, ledger batch, captures,
 * rows) stays, so the same sale id can be tried again. A refusal decided before any write can
 * simply be returned.
 */
export function abort(result: { readonly ok: false; readonly error: AppError }): never {
  throw new SaleAbort(result.error);
}

/**
 * A sale, refund or void transaction: all or nothing. A refusal after the first write aborts it
 * (rolled back); a constraint that refuses (a bug, or a race the planner did not see) is answered
 * with its code, as submitBatch does.
 */
export async function writeSale<T>(ports: Pick<LedgerDb, 'db'>, job: (tx: WriteTx) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await ports.db.tx.write(job);
  } catch (error) {
    if (error instanceof SaleAbort) return { ok: false, error: error.error };
    const decline = declineOf(error);
    if (!decline) throw error;
    return { ok: false, error: decline };
  }
}
