import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { Output } from '../../../../shared/ipc/contract';
import type { CartInput } from '../../../../shared/domain/sales/cart';
import type { PricedCart } from '../../../../shared/domain/sales/priced-cart';

export type ShiftView = NonNullable<Output<'shifts.current'>['shift']>;
export type ParkedCart = Output<'sales.parked'>['carts'][number];

/** A message about the last scan or add (the cart itself did not change). */
export type SellNotice =
  | { readonly kind: 'unknownBarcode'; readonly code: string }
  | { readonly kind: 'refused'; readonly code: string; readonly error: ClientError }
  | { readonly kind: 'cartFull' }
  | { readonly kind: 'parked'; readonly label: string | null }
  | { readonly kind: 'resumed'; readonly label: string | null };

/**
 * The Sell screen's cart. The cashier's edits change `cart` (a `cartInput`: ids, quantities and
 * discount requests) and bump `version`; `sales.price` answers with the PricedCart of one version,
 * which is kept only if it is still the latest: a reply to an older cart is dropped, so the screen
 * never shows figures for a cart that no longer exists. Every figure on screen comes from `priced`.
 * Session-scoped: a lock or sign-out forgets the cart (a parked cart stays in main).
 */
export type SellState = {
  /** null: not asked yet; 'none': no open shift (selling is refused). */
  readonly shift: ShiftView | 'none' | null;
  readonly shiftError: ClientError | null;
  readonly cart: CartInput | null;
  readonly version: number;
  readonly priced: PricedCart | null;
  /** The version `priced` belongs to. */
  readonly pricedVersion: number;
  readonly pricingError: ClientError | null;
  readonly notice: SellNotice | null;
  /** The line the last add created or counted up: the cart scrolls to it once it is priced. */
  readonly addedLineId: string | null;
  readonly parked: readonly ParkedCart[] | null;
  shiftLoaded(shift: ShiftView | null): void;
  shiftFailed(error: ClientError): void;
  /** Replaces the cart (an edit, a resume; an add names its line); returns the new version. */
  changeCart(cart: CartInput | null, addedLineId?: string): number;
  /** A PricedCart for `version`: kept only if that is still the cart on screen. */
  pricedFor(version: number, priced: PricedCart): boolean;
  pricingFailed(version: number, error: ClientError): void;
  noticed(notice: SellNotice | null): void;
  parkedLoaded(carts: readonly ParkedCart[]): void;
  /** The next sale: an empty cart (the parked list stays). */
  clearCart(): void;
};

export const useSellStore = createSessionStore<SellState>('sell.cart', (set, get) => ({
  shift: null,
  shiftError: null,
  cart: null,
  version: 0,
  priced: null,
  pricedVersion: 0,
  pricingError: null,
  notice: null,
  addedLineId: null,
  parked: null,
  shiftLoaded: (shift) => set({ shift: shift ?? 'none', shiftError: null }),
  shiftFailed: (shiftError) => set({ shiftError }),
  changeCart: (cart, addedLineId) => {
    const version = get().version + 1;
    // an empty cart has nothing to price: it shows no figures at all
    const empty = cart === null || cart.lines.length === 0;
    set({ cart, version, pricingError: null, addedLineId: addedLineId ?? null, ...(empty ? { priced: null, pricedVersion: version } : {}) });
    return version;
  },
  pricedFor: (version, priced) => {
    const { version: current, cart } = get();
    if (version !== current || cart === null || priced.cartId !== cart.cartId) return false;
    set({ priced, pricedVersion: version, pricingError: null });
    return true;
  },
  pricingFailed: (version, pricingError) => {
    if (version === get().version) set({ pricingError });
  },
  noticed: (notice) => set({ notice }),
  parkedLoaded: (carts) => set({ parked: [...carts] }),
  clearCart: () => set((prev) => ({
    cart: null, version: prev.version + 1, priced: null, pricedVersion: prev.version + 1, pricingError: null, notice: null, addedLineId: null,
  })),
}));

/** The cart's figures are those of the cart on screen (no newer edit is waiting for its price). */
export function pricedIsCurrent(state: Pick<SellState, 'version' | 'pricedVersion'>): boolean {
  return state.version === state.pricedVersion;
}

let stopWaiting: (() => void) | null = null;

/**
 * Runs `then` once the cart on screen has core's figures: at once when it has them, else when
 * its price arrives, so a tender key pressed right after a scan pays the cart with that item.
 * A pricing error drops it (the cashier sees the error and presses again); a later call
 * replaces it.
 */
export function whenPriced(then: () => void): void {
  stopWaiting?.();
  if (pricedIsCurrent(useSellStore.getState())) {
    then();
    return;
  }
  let unsubscribe = (): void => undefined;
  const stop = (): void => {
    unsubscribe();
    if (stopWaiting === stop) stopWaiting = null;
  };
  unsubscribe = useSellStore.subscribe((state) => {
    if (state.pricingError !== null) stop();
    else if (pricedIsCurrent(state)) {
      stop();
      then();
    }
  });
  stopWaiting = stop;
}

/** Forgets a tender key still waiting for the cart's price (the Sell screen is left). */
export function forgetWhenPriced(): void {
  stopWaiting?.();
}
