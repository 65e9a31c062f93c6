import type {
  BatchRequest,
  MovementLeg,
  PostedTransfer,
  ResolveLeg,
} from '../../../../shared/domain/ledger-types';
import { isMovementLeg } from '../../../../shared/domain/ledger-types';
import type { AppError } from '../../../../shared/domain/errors';
import { applyDelta, transferDeltas } from './balance-effects';
import type { AccountSnapshot, HoldSnapshot } from './snapshots';
import { movementTransfer, resolutionTransfer } from './transfers';

export type BatchPlan = {
  readonly transfers: readonly PostedTransfer[];
  /** Every account the batch touches, with its balances after the whole batch. */
  readonly accounts: ReadonlyMap<string, AccountSnapshot>;
  /** The balances before, for writing deltas. */
  readonly before: ReadonlyMap<string, AccountSnapshot>;
};

export type PlanInput = {
  readonly request: BatchRequest;
  readonly accounts: ReadonlyMap<string, AccountSnapshot>;
  readonly holds: ReadonlyMap<string, HoldSnapshot>;
  readonly nowMs: number;
};

type Step = { ok: true; transfer: PostedTransfer } | { ok: false; error: AppError };
const fail = (code: AppError['code'], message: string): Step => ({ ok: false, error: { code, message } });

function planMovement(
  leg: MovementLeg,
  index: number,
  accounts: Map<string, AccountSnapshot>,
  nowMs: number,
): Step {
  // A hold that is born expired would reserve funds until the next sweep and could never post.
  if (leg.kind === 'pending' && (leg.expiresAtMs ?? 0) <= nowMs) {
    return fail('invalid_input', `legs[${index}]: the hold would already be expired`);
  }
  const debit = accounts.get(leg.debitAccountId);
  const credit = accounts.get(leg.creditAccountId);
  if (!debit || !credit) return fail('account_not_found', `legs[${index}]: account not found`);
  if (debit.currency !== leg.currency || credit.currency !== leg.currency) {
    return fail('ledger_mismatch', `legs[${index}]: accounts are not on the ${leg.currency} ledger`);
  }
  if (debit.closed || credit.closed) return fail('account_closed', `legs[${index}]: account closed`);
  return { ok: true, transfer: movementTransfer(leg, index) };
}

function planResolve(
  leg: ResolveLeg,
  index: number,
  hold: HoldSnapshot | undefined,
  accounts: Map<string, AccountSnapshot>,
  nowMs: number,
): Step {
  if (!hold) return fail('hold_not_found', `legs[${index}]: no such hold`);
  if (hold.resolved) return fail('hold_already_resolved', `legs[${index}]: hold already resolved`);
  if (nowMs >= hold.expiresAtMs) return fail('hold_expired', `legs[${index}]: hold has expired`);
  const amount = leg.kind === 'post' ? (leg.amountMinor ?? hold.amountMinor) : hold.amountMinor;
  if (amount > hold.amountMinor) {
    return fail('post_exceeds_hold', `legs[${index}]: cannot post more than the hold`);
  }
  const touchesClosed =
    accounts.get(hold.debitAccountId)?.closed || accounts.get(hold.creditAccountId)?.closed;
  if (leg.kind === 'post' && touchesClosed) return fail('account_closed', `legs[${index}]: account closed`);
  return { ok: true, transfer: resolutionTransfer(hold, { id: leg.id, leg: index, kind: leg.kind, amountMinor: amount, code: leg.code ?? hold.code }) };
}

/**
 * Turns a validated request into transfers and the balances they leave, applying legs in order
 * so a later leg sees what an earlier one did. All or nothing: the first failing leg fails the
 * batch. The database CHECKs enforce the same limits again as a backstop.
 */
export function planBatch(input: PlanInput): { ok: true; plan: BatchPlan } | { ok: false; error: AppError } {
  const accounts = new Map(input.accounts);
  const resolved = new Set<string>();
  const transfers: PostedTransfer[] = [];
  for (const [index, leg] of input.request.legs.entries()) {
    const hold = leg.kind === 'post' || leg.kind === 'void' ? input.holds.get(leg.pendingId) : undefined;
    const step =
      isMovementLeg(leg)
        ? planMovement(leg, index, accounts, input.nowMs)
        : planResolve(leg, index, hold && resolved.has(hold.id) ? { ...hold, resolved: true } : hold, accounts, input.nowMs);
    if (!step.ok) return step;
    const held = hold?.amountMinor ?? 0;
    const moved = applyTransfer(accounts, step.transfer, held);
    if (!moved.ok) return { ok: false, error: { ...moved.error, message: `legs[${index}]: ${moved.error.message}` } };
    if (hold) resolved.add(hold.id);
    transfers.push(step.transfer);
  }
  return { ok: true, plan: { transfers, accounts, before: input.accounts } };
}

/** Applies one transfer to the working copy of the accounts; used by expiry too. */
export function applyTransfer(
  accounts: Map<string, AccountSnapshot>,
  transfer: PostedTransfer,
  heldMinor: number,
): { ok: true } | { ok: false; error: AppError } {
  const deltas = transferDeltas(transfer.kind, transfer.amountMinor, heldMinor);
  for (const [accountId, delta] of [
    [transfer.debitAccountId, deltas.debit],
    [transfer.creditAccountId, deltas.credit],
  ] as const) {
    const account = accounts.get(accountId);
    if (!account) return { ok: false, error: { code: 'account_not_found', message: 'account not found' } };
    const next = applyDelta(account, delta);
    if (!next.ok) return next;
    accounts.set(accountId, next.account);
  }
  return { ok: true };
}
