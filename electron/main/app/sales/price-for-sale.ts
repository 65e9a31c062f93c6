import { err, ok, type Result } from '../../../../shared/domain/result';
import type { CartInput } from '../../../../shared/domain/sales/cart';
import { cashIncrementMinor } from '../../../../shared/domain/sales/cash-rounding';
import type { PricedCart } from '../../../../shared/domain/sales/priced-cart';
import { taxRateFor } from '../../../../shared/domain/sales/tax-profiles';
import { priceCart, type PricingLine } from '../../core/sales/pricing/price-cart';
import { readMetaIn } from '../../db/repositories/meta.repo';
import { priceOverrides, type PriceOverrideRow } from '../../db/repositories/price-override.repo';
import type { ProductsForPricing } from '../../db/pricing-cache';
import { productsForPricing, type PricingProduct } from '../../db/repositories/product.repo';
import type { ReadTx } from '../../db/tx';
import type { SalesPorts } from './sales-ports';

/** A priced cart with the catalog facts its lines were priced from (categories go onto the sale lines). */
export type PricedForSale = { readonly priced: PricedCart; readonly products: ReadonlyMap<string, PricingProduct>; readonly overrides: ReadonlyMap<string, PriceOverrideRow> };

/** The shop's base currency (meta, set at setup): every cart and sale is in it. */
export async function baseCurrency(tx: ReadTx): Promise<string | undefined> {
  return readMetaIn(tx, 'currency');
}

function pricingLine(
  line: CartInput['lines'][number], product: PricingProduct | undefined, override: PriceOverrideRow | undefined, rateBp: number | undefined,
): Result<PricingLine> {
  if (!product) return err('cart_product_unknown', `no product ${line.productId} in the catalog`);
  if (!product.active) return err('cart_product_inactive', `${product.sku} is no longer sold`);
  if (line.overrideId !== undefined && (!override || override.lineId !== line.lineId || override.productId !== line.productId)) {
    return err('price_override_not_found', `no approved price ${line.overrideId} for this line`);
  }
  const unitPriceMinor = override ? override.unitPriceMinor : product.unitPriceMinor;
  if (unitPriceMinor === null) return err('cart_product_unpriced', `${product.sku} has no price in this currency`);
  if (rateBp === undefined) return err('unknown_tax_class', `${product.sku}'s tax class ${product.taxClass} is not in the shop's tax profile`);
  return ok({
    lineId: line.lineId, productId: line.productId, sku: product.sku, name: product.name, unitPriceMinor, quantityMilli: line.quantityMilli,
    taxClass: product.taxClass, taxRateBp: rateBp, discount: line.discount, overridden: override !== undefined,
  });
}

/**
 * Prices a cart in core, inside the caller's transaction: the catalog's prices in the cart's
 * currency (or the approved overrides the lines name), the merchant's tax profile and the
 * currency's cash increment. The renderer never computes a price. `readProducts` is the
 * catalog read: the shown price may read through the pricing cache, a completed sale never does.
 */
export async function priceForSale(
  tx: ReadTx, ports: Pick<SalesPorts, 'taxProfile'>, cart: CartInput, readProducts: ProductsForPricing = productsForPricing,
): Promise<Result<PricedForSale>> {
  const currency = await baseCurrency(tx);
  if (currency !== undefined && cart.currency !== currency) return err('cart_currency_mismatch', `the shop sells in ${currency}`);
  const products = await readProducts(tx, cart.lines.map((l) => l.productId), cart.currency);
  const overrides = await priceOverrides(tx, cart.lines.flatMap((l) => (l.overrideId === undefined ? [] : [l.overrideId])));
  const profile = await ports.taxProfile(tx);
  const lines: PricingLine[] = [];
  for (const line of cart.lines) {
    const product = products.get(line.productId);
    const override = line.overrideId === undefined ? undefined : overrides.get(line.overrideId);
    const priced = pricingLine(line, product, override, product ? taxRateFor(profile, product.taxClass) : undefined);
    if (!priced.ok) return priced;
    lines.push(priced.value);
  }
  const priced = priceCart({ cartId: cart.cartId, currency: cart.currency, lines, orderDiscount: cart.orderDiscount }, profile, cashIncrementMinor(cart.currency));
  return priced.ok ? ok({ priced: priced.value, products, overrides }) : priced;
}
