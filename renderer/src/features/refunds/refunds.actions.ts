import { newId } from '../../../../shared/domain/ids';
import type { Input } from '../../../../shared/ipc/contract';
import { refundApproval, voidApproval } from '../../../../shared/ipc/contract/sales-domain';
import type { Api } from '../../api/client';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { useRefundsStore, type RefundDone } from './refunds.store';

export type Approver = { readonly managerCode: string; readonly managerSecret: string };

/** Finds a sale by number or scanned code; the screen shows what core says is refundable. */
export async function findSale(api: Api, input: Input<'sales.find'>): Promise<void> {
  const epoch = sessionEpoch();
  useRefundsStore.getState().start();
  try {
    const sale = await api.call('sales.find', input);
    if (epoch === sessionEpoch()) useRefundsStore.getState().found(sale);
  } catch (error) {
    if (epoch === sessionEpoch()) useRefundsStore.getState().fail(toClientError(error));
  }
}

/** Reads the sale again (after a refund its refundable figures changed), keeping the slip shown. */
async function reload(api: Api, saleId: string, done: RefundDone): Promise<void> {
  const sale = await api.call('sales.find', { saleId });
  useRefundsStore.getState().found(sale);
  useRefundsStore.getState().finished(done);
}

/**
 * The manager's grant for exactly this refund (refundApproval: this sale, this refund id), then
 * the refund itself. The refund id is made by the dialog when it opens, so a retry after a lost
 * reply is the same refund (idempotent) and needs only a new grant.
 */
export async function approveAndRefund(
  api: Api,
  target: { saleId: string; refundId: string; lines: { lineId: string; quantityMilli: number }[] },
  approver: Approver,
): Promise<RefundDone> {
  const grant = await api.call('approval.grant', { request: refundApproval(target), ...approver });
  const done = await api.call('sales.refund', { ...target, approvalId: grant.approvalId });
  await reload(api, target.saleId, done);
  return done;
}

/** The manager's grant for voiding exactly this sale (voidApproval), then the void. */
export async function approveAndVoid(api: Api, target: { saleId: string; voidId: string }, approver: Approver): Promise<RefundDone> {
  const grant = await api.call('approval.grant', { request: voidApproval(target), ...approver });
  const done = await api.call('sales.void', { ...target, approvalId: grant.approvalId });
  await reload(api, target.saleId, done);
  return done;
}

export const newRefundId = (): string => newId();
