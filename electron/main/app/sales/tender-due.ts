import type { Result } from '../../../../shared/domain/result';
import { cashIncrementMinor } from '../../../../shared/domain/sales/cash-rounding';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { tenderDue } from '../../core/sales/tender-split';
import { priceForSale } from './price-for-sale';
import type { SalesPorts } from './sales-ports';

export type SaleDue = (input: Input<'sales.due'>) => Promise<Result<Output<'sales.due'>>>;

/**
 * The split's running figures: the cart priced again in core (a stale total on screen cannot
 * make the figures wrong) and the tenders taken so far put through core's split rule.
 */
export function saleDue(ports: Pick<SalesPorts, 'db' | 'taxProfile'>): SaleDue {
  return async (input) => {
    const priced = await ports.db.tx.read((tx) => priceForSale(tx, ports, input.cart));
    if (!priced.ok) return priced;
    const { currency, totalMinor } = priced.value.priced;
    return { ok: true, value: { currency, totalMinor, ...tenderDue(totalMinor, input.tenders, cashIncrementMinor(currency)) } };
  };
}
