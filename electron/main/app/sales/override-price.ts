import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { priceOverrideApproval } from '../../../../shared/ipc/contract/sales-domain';
import type { Caller } from '../../core/staff/caller';
import { insertPriceOverride, priceOverrides, type PriceOverrideRow } from '../../db/repositories/price-override.repo';
import { productsForPricing } from '../../db/repositories/product.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { baseCurrency } from './price-for-sale';
import type { SalesPorts } from './sales-ports';

type OverrideInput = Input<'sales.overridePrice'>;
type OverrideOutput = Output<'sales.overridePrice'>;
export type OverridePrice = (input: OverrideInput, caller: Caller, origin: string) => Promise<Result<OverrideOutput>>;

const view = (o: PriceOverrideRow, replayed: boolean): OverrideOutput => ({
  overrideId: o.id, cartId: o.cartId, lineId: o.lineId, productId: o.productId, unitPriceMinor: o.unitPriceMinor, approvedBy: o.approvedBy,
  atMs: o.atMs, replayed,
});

const sameRequest = (o: PriceOverrideRow, i: OverrideInput): boolean =>
  o.cartId === i.cartId && o.lineId === i.lineId && o.productId === i.productId && o.unitPriceMinor === i.unitPriceMinor;

/**
 * A manager-approved unit price for one line (priceOverrideApproval), stored and recorded
 * (sale.priceOverridden, with the catalog price it replaced); pricing uses it when the line names
 * the override id. A repeat answers the first approval without presenting the grant again; the
 * request is checked before the grant is presented, so a refusal does not burn it.
 */
export function overridePrice(ports: Pick<SalesPorts, 'db' | 'mac' | 'clock' | 'consumeApproval'>): OverridePrice {
  return async (input, caller, origin) => {
    const prior = await ports.db.tx.read(async (tx) => (await priceOverrides(tx, [input.overrideId])).get(input.overrideId));
    if (prior) return sameRequest(prior, input) ? ok(view(prior, true)) : err('id_exists_with_different_content', 'this override id approved another price');
    const found = await ports.db.tx.read(async (tx) => {
      const currency = (await baseCurrency(tx)) ?? 'XXX';
      return { currency, product: (await productsForPricing(tx, [input.productId], currency)).get(input.productId) };
    });
    if (!found.product) return err('cart_product_unknown', 'no such product in the catalog');
    const { action, subject } = priceOverrideApproval(input);
    const approval = await ports.consumeApproval(input.approvalId, action, subject, caller, origin);
    if (!approval.ok) return approval;
    const row: PriceOverrideRow = {
      id: input.overrideId, cartId: input.cartId, lineId: input.lineId, productId: input.productId, unitPriceMinor: input.unitPriceMinor,
      staffId: caller.staffId, approvedBy: approval.value.approverId, atMs: ports.clock.nowMs(),
    };
    await ports.db.tx.write(async (tx) => {
      await insertPriceOverride(tx, row);
      await appendRecord(tx, ports.mac, {
        kind: 'sale.priceOverridden', subjectId: row.id, actorId: caller.staffId, atMs: row.atMs,
        body: {
          overrideId: row.id, cartId: row.cartId, lineId: row.lineId, productId: row.productId, currency: found.currency,
          unitPriceMinor: row.unitPriceMinor, catalogPriceMinor: found.product?.unitPriceMinor ?? null, approvedBy: row.approvedBy,
        },
      });
    });
    return ok(view(row, false));
  };
}
