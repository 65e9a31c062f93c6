import { ACCOUNT_FLAGS } from '../../../../shared/domain/ledger-types';
import type { AppError } from '../../../../shared/domain/errors';
import type { AccountSnapshot } from './snapshots';

type Balances = Pick<
  AccountSnapshot,
  'debitsPending' | 'debitsPosted' | 'creditsPending' | 'creditsPosted'
>;

/** How one transfer moves the four cached balances of one account (signed deltas). */
export type BalanceDelta = Balances;

export const ZERO_DELTA: BalanceDelta = {
  debitsPending: 0,
  debitsPosted: 0,
  creditsPending: 0,
  creditsPosted: 0,
};

/**
 * The effect of a transfer, by kind. A hold moves the pending columns; posting releases the whole
 * hold and books the posted amount (a partial post thereby releases the rest); void and expire
 * only release. `heldMinor` is the hold's amount for resolutions.
 */
export function transferDeltas(
  kind: 'single' | 'pending' | 'post' | 'void' | 'expire',
  amountMinor: number,
  heldMinor = 0,
): { debit: BalanceDelta; credit: BalanceDelta } {
  switch (kind) {
    case 'single':
      return {
        debit: { ...ZERO_DELTA, debitsPosted: amountMinor },
        credit: { ...ZERO_DELTA, creditsPosted: amountMinor },
      };
    case 'pending':
      return {
        debit: { ...ZERO_DELTA, debitsPending: amountMinor },
        credit: { ...ZERO_DELTA, creditsPending: amountMinor },
      };
    case 'post':
      return {
        debit: { ...ZERO_DELTA, debitsPending: -heldMinor, debitsPosted: amountMinor },
        credit: { ...ZERO_DELTA, creditsPending: -heldMinor, creditsPosted: amountMinor },
      };
    case 'void':
    case 'expire':
      return {
        debit: { ...ZERO_DELTA, debitsPending: -heldMinor },
        credit: { ...ZERO_DELTA, creditsPending: -heldMinor },
      };
  }
}

export function addDelta(a: BalanceDelta, b: BalanceDelta): BalanceDelta {
  return {
    debitsPending: a.debitsPending + b.debitsPending,
    debitsPosted: a.debitsPosted + b.debitsPosted,
    creditsPending: a.creditsPending + b.creditsPending,
    creditsPosted: a.creditsPosted + b.creditsPosted,
  };
}

/**
 * Applies a delta and checks what the schema's CHECK constraints also enforce: no negative
 * column, every column a safe integer, and the account's balance limit.
 */
export function applyDelta(
  account: AccountSnapshot,
  delta: BalanceDelta,
): { ok: true; account: AccountSnapshot } | { ok: false; error: AppError } {
  const next: AccountSnapshot = { ...account, ...addDelta(account, delta) };
  const columns = [next.debitsPending, next.debitsPosted, next.creditsPending, next.creditsPosted];
  if (columns.some((v) => !Number.isSafeInteger(v))) {
    return { ok: false, error: { code: 'amount_overflow', message: 'balance would overflow' } };
  }
  if (columns.some((v) => v < 0)) {
    // Only a bug could get here: holds release exactly what they reserved.
    throw new Error(`ledger invariant broken: negative balance column on ${account.id}`);
  }
  if (
    next.flags === ACCOUNT_FLAGS.debitsMustNotExceedCredits &&
    next.debitsPending + next.debitsPosted > next.creditsPosted
  ) {
    return { ok: false, error: { code: 'insufficient_funds', message: 'not enough funds' } };
  }
  if (
    next.flags === ACCOUNT_FLAGS.creditsMustNotExceedDebits &&
    next.creditsPending + next.creditsPosted > next.debitsPosted
  ) {
    return { ok: false, error: { code: 'limit_exceeded', message: 'account limit exceeded' } };
  }
  return { ok: true, account: next };
}
