import type { Api } from '../../api/client';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import type { CartInput } from '../../../../shared/domain/sales/cart';
import { addedLineOf, addProduct, emptyCart } from './cart-edit';
import { useCatalogStore } from './catalog.store';
import type { ProductView } from './catalog.store';
import { abandonSale } from './checkout.actions';
import { useCheckoutStore } from './checkout.store';
import { markAddStart } from './perf-marks';
import { priceCart } from './pricing.actions';
import { useSellStore } from './sell.store';

/**
 * The calls of the Sell screen's cart and catalog. Every action that awaits main notes
 * `sessionEpoch()` first and drops a reply that arrives after a lock or sign-out; pricing also
 * drops a reply to an older cart version (sell.store.ts).
 */

export async function loadShift(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  try {
    const { shift } = await api.call('shifts.current', {});
    if (epoch === sessionEpoch()) useSellStore.getState().shiftLoaded(shift);
  } catch (error) {
    if (epoch === sessionEpoch()) useSellStore.getState().shiftFailed(toClientError(error));
  }
}

/** The currency of the open shift (the till sells in it), or null without one. */
export function sellCurrency(): string | null {
  const { shift } = useSellStore.getState();
  return shift === null || shift === 'none' ? null : shift.currency;
}

/**
 * A change to the cart: the edit runs on the cart as it is now (an empty one for the first
 * item), and the result is priced. An edit that returns null changes nothing. A finished sale
 * still on screen (change due, receipt) gives way to the next one first.
 */
export async function editCart(api: Api, edit: (cart: CartInput) => CartInput | null): Promise<number | null> {
  const currency = sellCurrency();
  if (currency === null) return null;
  if (useCheckoutStore.getState().done !== null) startNextSale();
  const { cart } = useSellStore.getState();
  const next = edit(cart ?? emptyCart(currency));
  if (next === null) return null;
  const version = useSellStore.getState().changeCart(next);
  await priceCart(api);
  return version;
}

/** One more of a product (a tile, a search hit or a scan); marks the add for the B13 bench. */
export async function addToCart(api: Api, product: Pick<ProductView, 'productId'>): Promise<void> {
  const currency = sellCurrency();
  if (currency === null) return;
  if (useCheckoutStore.getState().done !== null) startNextSale();
  const { cart } = useSellStore.getState();
  const next = addProduct(cart ?? emptyCart(currency), product.productId);
  if (next === null) {
    useSellStore.getState().noticed({ kind: 'cartFull' });
    return;
  }
  const version = useSellStore.getState().changeCart(next, addedLineOf(next, product.productId));
  markAddStart(version);
  useSellStore.getState().noticed(null);
  await priceCart(api);
}

/** A scanned code: the product it names is added, or the screen says the code is unknown. */
export async function scanCode(api: Api, code: string): Promise<void> {
  const currency = sellCurrency();
  if (currency === null) return;
  const epoch = sessionEpoch();
  try {
    const product = await api.call('catalog.byBarcode', { barcode: code, currency });
    if (epoch === sessionEpoch()) await addToCart(api, product);
  } catch (error) {
    if (epoch !== sessionEpoch()) return;
    const failure = toClientError(error);
    const notice = failure.code === 'product_not_found' || failure.code === 'invalid_input'
      ? { kind: 'unknownBarcode', code } as const
      : { kind: 'refused', code, error: failure } as const;
    useSellStore.getState().noticed(notice);
  }
}

export async function loadCategories(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  try {
    const categories = await api.call('catalog.categories', {});
    if (epoch === sessionEpoch()) useCatalogStore.getState().categoriesLoaded(categories);
  } catch (error) {
    if (epoch === sessionEpoch()) useCatalogStore.getState().failed(toClientError(error));
  }
}

// Searches overlap while the cashier types: only the latest answer is shown.
let latestSearch = 0;

/** The grid's products: the search text (empty: all) within the picked category. */
export async function searchCatalog(api: Api): Promise<void> {
  const currency = sellCurrency();
  if (currency === null) return;
  const epoch = sessionEpoch();
  const request = (latestSearch += 1);
  const { query, categoryId } = useCatalogStore.getState();
  useCatalogStore.getState().searchStarted();
  try {
    const { items } = await api.call('catalog.search', {
      query: query.trim(), currency, limit: 60, ...(categoryId === null ? {} : { categoryId }),
    });
    if (epoch === sessionEpoch() && request === latestSearch) useCatalogStore.getState().found(items);
  } catch (error) {
    if (epoch === sessionEpoch() && request === latestSearch) useCatalogStore.getState().failed(toClientError(error));
  }
}

/** The sale on screen is finished or given up: an empty cart, no tenders. */
export function startNextSale(): void {
  useCheckoutStore.getState().clear();
  useSellStore.getState().clearCart();
}

/** New sale (F9): a sale being paid is abandoned first (its card holds given back). */
export async function newSale(api: Api): Promise<void> {
  await abandonSale(api);
  startNextSale();
}

export async function loadParked(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  const { carts } = await api.call('sales.parked', {});
  if (epoch === sessionEpoch()) useSellStore.getState().parkedLoaded(carts);
}

/** Parks the cart on screen (main keeps it across restarts) and starts an empty one. */
export async function parkCart(api: Api, label: string): Promise<void> {
  const { cart } = useSellStore.getState();
  if (cart === null || cart.lines.length === 0) return;
  const epoch = sessionEpoch();
  const trimmed = label.trim();
  await api.call('sales.park', { cart, ...(trimmed === '' ? {} : { label: trimmed }) });
  if (epoch !== sessionEpoch()) return;
  await abandonSale(api);
  startNextSale();
  useSellStore.getState().noticed({ kind: 'parked', label: trimmed === '' ? null : trimmed });
  await loadParked(api);
}

/**
 * Takes a parked cart back. The cart on screen, if any, is parked first so nothing is lost.
 */
export async function resumeCart(api: Api, cartId: string): Promise<void> {
  const epoch = sessionEpoch();
  const { cart: current } = useSellStore.getState();
  if (current !== null && current.lines.length > 0 && current.cartId !== cartId) await api.call('sales.park', { cart: current });
  const { cart, label } = await api.call('sales.resume', { cartId });
  if (epoch !== sessionEpoch()) return;
  await abandonSale(api);
  startNextSale();
  useSellStore.getState().changeCart(cart);
  useSellStore.getState().noticed({ kind: 'resumed', label });
  await Promise.all([priceCart(api), loadParked(api)]);
}
