import type { Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { priceForSale } from './price-for-sale';
import type { SalesPorts } from './sales-ports';

export type PriceSaleCart = (input: Input<'sales.price'>) => Promise<Result<Output<'sales.price'>>>;

/**
 * Prices the cart in core and shows it on the customer display (names, quantities and totals
 * only). Every scan prices the whole cart again, so the products come through the pricing cache.
 */
export function priceSaleCart(ports: Pick<SalesPorts, 'db' | 'taxProfile' | 'events' | 'shownProducts'>): PriceSaleCart {
  return async (input) => {
    const priced = await ports.db.tx.read((tx) => priceForSale(tx, ports, input.cart, ports.shownProducts));
    if (!priced.ok) return priced;
    const cart = priced.value.priced;
    ports.events.emit('display.cart', {
      cartId: cart.cartId, currency: cart.currency, totalMinor: cart.totalMinor,
      lines: cart.lines.map((l) => ({ name: l.name, quantityMilli: l.quantityMilli, totalMinor: l.totalMinor })),
    });
    return { ok: true, value: cart };
  };
}
