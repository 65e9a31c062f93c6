import { cartInput } from '../../../../shared/domain/sales/cart';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import type { Caller } from '../../core/staff/caller';
import { findParkedCart, leaveParked, parkedCarts, upsertParkedCart } from '../../db/repositories/parked-cart.repo';
import { baseCurrency } from './price-for-sale';
import type { SalesPorts } from './sales-ports';

type Ports = Pick<SalesPorts, 'db' | 'clock' | 'terminalId'>;
const PARKED_LIST_MAX = 200;

export type ParkCart = (input: Input<'sales.park'>, caller: Caller) => Promise<Result<Output<'sales.park'>>>;
export type ListParked = () => Promise<Result<Output<'sales.parked'>>>;
export type ResumeParked = (input: Input<'sales.resume'>) => Promise<Result<Output<'sales.resume'>>>;
export type DiscardParked = (input: Input<'sales.discardParked'>) => Promise<Result<Output<'sales.discardParked'>>>;

/** Parks a cart in the database (it survives a restart); parking the same cart id again replaces it. */
export function parkCart(ports: Ports): ParkCart {
  return async (input, caller) => {
    const parkedAtMs = ports.clock.nowMs();
    return ports.db.tx.write(async (tx) => {
      const currency = await baseCurrency(tx);
      if (currency !== undefined && input.cart.currency !== currency) return err('cart_currency_mismatch', `the shop sells in ${currency}`);
      await upsertParkedCart(tx, ports.terminalId, {
        cartId: input.cart.cartId, label: input.label ?? null, currency: input.cart.currency, cartJson: JSON.stringify(input.cart),
        lineCount: input.cart.lines.length, parkedBy: caller.staffId, parkedAtMs,
      });
      return ok({ cartId: input.cart.cartId, parkedAtMs });
    });
  };
}

/** This terminal's parked carts, oldest first. */
export function listParked(ports: Ports): ListParked {
  return async () => {
    const rows = await ports.db.tx.read((tx) => parkedCarts(tx, ports.terminalId, PARKED_LIST_MAX));
    return ok({
      carts: rows.map((r) => ({ cartId: r.cartId, label: r.label, currency: r.currency, lineCount: r.lineCount, parkedAtMs: r.parkedAtMs, parkedBy: r.parkedBy })),
    });
  };
}

/** Takes a parked cart back (it leaves the list; the row stays as resumed). */
export function resumeParked(ports: Ports): ResumeParked {
  return async (input) =>
    ports.db.tx.write(async (tx) => {
      const row = await findParkedCart(tx, input.cartId);
      if (!row) return err('parked_cart_not_found', 'no parked cart has this id');
      await leaveParked(tx, input.cartId, 'resumed', ports.clock.nowMs());
      return ok({ cart: cartInput.parse(JSON.parse(row.cartJson) as unknown), label: row.label });
    });
}

/** Throws a parked cart away (the row stays as discarded). */
export function discardParked(ports: Ports): DiscardParked {
  return async (input) =>
    ports.db.tx.write(async (tx) => {
      if (!(await leaveParked(tx, input.cartId, 'discarded', ports.clock.nowMs()))) return err('parked_cart_not_found', 'no parked cart has this id');
      return ok({ cartId: input.cartId });
    });
}
