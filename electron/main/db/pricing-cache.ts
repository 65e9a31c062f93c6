import { changeMark } from './repositories/change-mark.repo';
import { productsForPricing, type PricingProduct } from './repositories/product.repo';
import type { ReadTx } from './tx';

/** How a pricing reads the products a cart names (product.repo's productsForPricing, or the cache below). */
export type ProductsForPricing = (tx: ReadTx, ids: readonly string[], currency: string) => Promise<Map<string, PricingProduct>>;

/** Past this many products the cache starts again empty: a till's carts name far fewer. */
const CACHED_PRODUCTS_MAX = 5_000;

/**
 * The Sell screen prices the whole cart again on every scan, so a 200-line cart read 200
 * products per scan to add one (B13). This keeps the products last read, in one currency, for
 * as long as the database's change mark (change-mark.repo.ts) stays the same: any write at all,
 * by this connection or another, empties it. Only the displayed price reads through it; a sale
 * is completed on a fresh read of the catalog inside its own transaction.
 */
export function cachedProductsForPricing(read: ProductsForPricing = productsForPricing): ProductsForPricing {
  let mark: string | null = null;
  let currency: string | null = null;
  const kept = new Map<string, PricingProduct>();
  return async (tx, ids, askedCurrency) => {
    const now = await changeMark(tx);
    if (now !== mark || askedCurrency !== currency || kept.size > CACHED_PRODUCTS_MAX) {
      kept.clear();
      mark = now;
      currency = askedCurrency;
    }
    const missing = ids.filter((id) => !kept.has(id));
    if (missing.length > 0) for (const [id, product] of await read(tx, missing, askedCurrency)) kept.set(id, product);
    const out = new Map<string, PricingProduct>();
    for (const id of ids) {
      const product = kept.get(id);
      if (product !== undefined) out.set(id, product);
    }
    return out;
  };
}
