import type { BatchRequest, MovementLeg, PostedTransfer } from '../../../../shared/domain/ledger-types';
import { isMovementLeg } from '../../../../shared/domain/ledger-types';
import type { HoldSnapshot } from './snapshots';

/** The transfer a plain movement or a new hold becomes: everything comes from the leg itself. */
export function movementTransfer(leg: MovementLeg, index: number): PostedTransfer {
  return {
    id: leg.id,
    leg: index,
    kind: leg.kind,
    currency: leg.currency,
    debitAccountId: leg.debitAccountId,
    creditAccountId: leg.creditAccountId,
    amountMinor: leg.amountMinor,
    code: leg.code,
    pendingId: null,
    expiresAtMs: leg.kind === 'pending' ? (leg.expiresAtMs ?? null) : null,
  };
}

/** The transfer that resolves a hold (post, void or the sweeper's expire): the hold's accounts. */
export function resolutionTransfer(
  hold: HoldSnapshot,
  leg: { id: string; leg: number; kind: 'post' | 'void' | 'expire'; amountMinor: number; code: string },
): PostedTransfer {
  return {
    id: leg.id,
    leg: leg.leg,
    kind: leg.kind,
    currency: hold.currency,
    debitAccountId: hold.debitAccountId,
    creditAccountId: hold.creditAccountId,
    amountMinor: leg.amountMinor,
    code: leg.code,
    pendingId: hold.id,
    expiresAtMs: null,
  };
}

/**
 * The transfers of a batch that needs nothing from the database to be planned: only movements,
 * and no hold born expired. The write then lets the constraints decide (limits, closed accounts,
 * ledgers, used ids); when one refuses, the caller plans again with reads to name the reason.
 * Undefined when the batch resolves holds, whose accounts and amounts live in the database.
 */
export function planWithoutReads(request: BatchRequest, nowMs: number): PostedTransfer[] | undefined {
  const transfers: PostedTransfer[] = [];
  for (const [index, leg] of request.legs.entries()) {
    if (!isMovementLeg(leg)) return undefined;
    if (leg.kind === 'pending' && (leg.expiresAtMs ?? 0) <= nowMs) return undefined;
    transfers.push(movementTransfer(leg, index));
  }
  return transfers;
}

export type AccountDelta = { debitsPending: number; debitsPosted: number; creditsPending: number; creditsPosted: number };

/**
 * The net balance change per account of movements that touch each account on one side only.
 * Then no leg can see another leg's effect on its own accounts' limits, so applying the net once
 * per account decides exactly what applying leg by leg would. Undefined when some account is both
 * debited and credited (order matters then) or a transfer resolves a hold.
 */
export function oneSidedDeltas(transfers: readonly PostedTransfer[]): Map<string, AccountDelta> | undefined {
  const sides = new Map<string, 'debit' | 'credit'>();
  const deltas = new Map<string, AccountDelta>();
  const touch = (id: string, side: 'debit' | 'credit'): AccountDelta | undefined => {
    const seen = sides.get(id);
    if (seen && seen !== side) return undefined;
    sides.set(id, side);
    let d = deltas.get(id);
    if (!d) deltas.set(id, (d = { debitsPending: 0, debitsPosted: 0, creditsPending: 0, creditsPosted: 0 }));
    return d;
  };
  for (const t of transfers) {
    if (t.kind !== 'single' && t.kind !== 'pending') return undefined;
    const debit = touch(t.debitAccountId, 'debit');
    const credit = touch(t.creditAccountId, 'credit');
    if (!debit || !credit) return undefined;
    if (t.kind === 'single') {
      debit.debitsPosted += t.amountMinor;
      credit.creditsPosted += t.amountMinor;
    } else {
      debit.debitsPending += t.amountMinor;
      credit.creditsPending += t.amountMinor;
    }
  }
  return deltas;
}
