import type { PricedCart } from '../../../../shared/domain/sales/priced-cart';
import type { SaleTenderKind } from '../../../../shared/ipc/contract/sales-schemas';
import type { TakenTender } from './checkout.store';

/**
 * What is still due for the next tender of a split. The contract gives the renderer the sale's
 * totals (core's PricedCart) and each tender's amount, but no "remaining" figure, so this one
 * subtraction happens here — in integers, in this one tested place — and only decides which
 * amount to offer and when the sale is paid; sales.complete checks the tenders again in core
 * (tenders_mismatch) and computes the change itself. A sale paid in cash alone is due at the
 * cash-rounded total; once any other tender is taken, the exact total applies.
 */
export function dueFor(kind: SaleTenderKind, priced: Pick<PricedCart, 'totalMinor' | 'cashTotalMinor'>, tenders: readonly TakenTender[]): number {
  const cashOnly = kind === 'cash' && tenders.every((t) => t.tender.kind === 'cash');
  const total = cashOnly ? priced.cashTotalMinor : priced.totalMinor;
  const paid = tenders.reduce((sum, t) => sum + t.amountMinor, 0);
  return Math.max(0, total - paid);
}

/** Nothing is due any more: the tenders cover the sale (cash may exceed it; main gives change). */
export function isPaid(priced: Pick<PricedCart, 'totalMinor' | 'cashTotalMinor'>, tenders: readonly TakenTender[]): boolean {
  const cashOnly = tenders.every((t) => t.tender.kind === 'cash');
  const total = cashOnly && tenders.length > 0 ? priced.cashTotalMinor : priced.totalMinor;
  return tenders.reduce((sum, t) => sum + t.amountMinor, 0) >= total;
}
