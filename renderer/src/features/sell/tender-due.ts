import type { PricedCart } from '../../../../shared/domain/sales/priced-cart';
import type { Output } from '../../../../shared/ipc/contract';
import type { SaleTenderKind } from '../../../../shared/ipc/contract/sales-schemas';

/** core's running figures of a split (sales.due). */
export type DueView = Output<'sales.due'>;
export type DueNow = Pick<DueView, 'dueMinor' | 'cashDueMinor' | 'paid'>;

/**
 * What the screen shows as due, picked, never computed: before any tender the priced cart's own
 * figures (core's total, and its cash-rounded total for cash); once a tender is taken, core's
 * sales.due answer for those tenders and this total, or null while it is being asked.
 */
export function dueNow(priced: Pick<PricedCart, 'totalMinor' | 'cashTotalMinor'>, tenderCount: number, due: DueView | null): DueNow | null {
  if (tenderCount === 0) return { dueMinor: priced.totalMinor, cashDueMinor: priced.cashTotalMinor, paid: false };
  return due !== null && due.totalMinor === priced.totalMinor ? due : null;
}

/** The figure a tender of this kind is offered. */
export function dueFor(kind: SaleTenderKind, now: DueNow): number {
  return kind === 'cash' ? now.cashDueMinor : now.dueMinor;
}
