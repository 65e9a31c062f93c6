import type { AppError } from '../../../../shared/domain/errors';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { refundApproval, voidApproval } from '../../../../shared/ipc/contract/sales-domain';
import type { Caller } from '../../core/staff/caller';
import { sha256 } from '../../db/chain-mac';
import { findRefund, type StoredRefund } from '../../db/repositories/refund.repo';
import { markVoided } from '../../db/repositories/sale.repo';
import { openShift } from '../../db/repositories/shift.repo';
import type { ReadTx } from '../../db/tx';
import { cardRefusal, planRefund, planVoid, writeGiveBack, type GiveBackPlan } from './give-back';
import { refundReceipt } from './sale-receipt';
import { saleState, type SaleState } from './sale-state';
import { writeSale } from './sale-write';
import type { SalesPorts } from './sales-ports';

type RefundOutput = Output<'sales.refund'>;
export type RefundSale = (input: Input<'sales.refund'>, caller: Caller, origin: string) => Promise<Result<RefundOutput>>;
export type VoidSale = (input: Input<'sales.void'>, caller: Caller, origin: string) => Promise<Result<RefundOutput>>;

/** One give-back request, refund or void, as the two use cases share it. */
type Request = {
  readonly refundId: string;
  readonly saleId: string;
  readonly approvalId: string;
  readonly approval: { readonly action: string; readonly subject: string };
  readonly requestHash: Uint8Array;
  readonly plan: (tx: ReadTx, state: SaleState) => Promise<Result<GiveBackPlan>>;
};

const hashOf = (value: unknown): Uint8Array => sha256(new TextEncoder().encode(JSON.stringify(value)));
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

async function output(tx: ReadTx, ports: SalesPorts, stored: StoredRefund, replayed: boolean): Promise<Result<RefundOutput>> {
  const state = await saleState(tx, stored.refund.saleId);
  if (!state) throw new Error(`refund ${stored.refund.id} has no sale`);
  const r = stored.refund;
  return ok({
    refundId: r.id, saleId: r.saleId, kind: r.kind, atMs: r.atMs, currency: state.stored.sale.currency, netMinor: r.netMinor,
    taxMinor: r.taxMinor, totalMinor: r.totalMinor, tenders: [...stored.tenders],
    receipt: await refundReceipt(tx, await ports.header(tx), state.stored, stored, false), replayed,
  });
}

type Decided = { readonly kind: 'replay'; readonly result: Result<RefundOutput> } | { readonly kind: 'go' } | { readonly kind: 'refused'; readonly error: AppError };

/** A repeat (answered with the first outcome), or every refusal the sale and shift decide, before anything is written. */
async function decide(tx: ReadTx, ports: SalesPorts, req: Request): Promise<Decided> {
  const earlier = await findRefund(tx, req.refundId);
  if (earlier) {
    if (earlier.refund.saleId !== req.saleId || !sameBytes(earlier.refund.requestHash, req.requestHash)) {
      return { kind: 'refused', error: { code: 'id_exists_with_different_content', message: 'this id gave back something else' } };
    }
    return { kind: 'replay', result: await output(tx, ports, earlier, true) };
  }
  if (!(await openShift(tx))) return { kind: 'refused', error: { code: 'shift_not_open', message: 'open a shift before giving money back' } };
  const state = await saleState(tx, req.saleId);
  if (!state) return { kind: 'refused', error: { code: 'sale_not_found', message: 'no such sale' } };
  const plan = await req.plan(tx, state);
  if (!plan.ok) return { kind: 'refused', error: plan.error };
  const closed = await cardRefusal(tx, state, plan.value);
  return closed ? { kind: 'refused', error: closed } : { kind: 'go' };
}

/**
 * Gives money back (refund or void) in the shape issue 9 §5 asks: a repeat answers the first
 * outcome; the request is checked first, then the manager's grant is presented once (a second use
 * is refused), then one transaction decides again on the sale as it is and writes the reversing
 * batch, the refund rows and the record.
 */
function giveBack(ports: SalesPorts) {
  return async (req: Request, caller: Caller, origin: string): Promise<Result<RefundOutput>> => {
    const first = await ports.db.tx.read((tx) => decide(tx, ports, req));
    if (first.kind === 'replay') return first.result;
    if (first.kind === 'refused') return { ok: false, error: first.error };
    const approval = await ports.consumeApproval(req.approvalId, req.approval.action, req.approval.subject, caller, origin);
    if (!approval.ok) return approval;
    const actor = { staffId: caller.staffId };
    return writeSale(ports, async (tx) => {
      const again = await decide(tx, ports, req);
      if (again.kind === 'replay') return again.result;
      if (again.kind === 'refused') return { ok: false, error: again.error };
      const shift = await openShift(tx);
      const state = await saleState(tx, req.saleId);
      const plan = state && (await req.plan(tx, state));
      if (!shift || !state || !plan?.ok) throw new Error('a give-back decided twice in one transaction differed');
      const stored = await writeGiveBack(tx, ports, state, plan.value, {
        refundId: req.refundId, shiftId: shift.shiftId, approvedBy: approval.value.approverId, requestHash: req.requestHash, atMs: ports.clock.nowMs(),
      }, actor);
      if (plan.value.kind === 'void' && !(await markVoided(tx, req.saleId))) throw new Error('sale left unvoided inside its own transaction');
      return output(tx, ports, stored, false);
    });
  };
}

/** Refunds some or all lines of a sale to its original tenders, with a manager's one-shot approval. */
export function refundSale(ports: SalesPorts): RefundSale {
  const run = giveBack(ports);
  return async (input, caller, origin) => {
    if (input.lines.length === 0) return err('invalid_input', 'lines: at least one');
    return run({
      refundId: input.refundId, saleId: input.saleId, approvalId: input.approvalId, approval: refundApproval(input),
      requestHash: hashOf({ kind: 'refund', saleId: input.saleId, lines: input.lines }),
      plan: (tx, state) => planRefund(tx, state, input.lines),
    }, caller, origin);
  };
}

/** Voids a whole sale that has no refunds: reversing transfers, status voided, nothing deleted. */
export function voidSale(ports: SalesPorts): VoidSale {
  const run = giveBack(ports);
  return async (input, caller, origin) =>
    run({
      refundId: input.voidId, saleId: input.saleId, approvalId: input.approvalId, approval: voidApproval(input),
      requestHash: hashOf({ kind: 'void', saleId: input.saleId }),
      plan: async (_tx, state) => planVoid(state),
    }, caller, origin);
}
